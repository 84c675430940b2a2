#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace runlens {

// Permutation importance: how much worse a fitted model predicts when the values of
// one feature (or of a group of columns that together encode one feature, such as the
// one-hot columns of a categorical param) are shuffled across observations, breaking
// their link to y. Importance = mean increase of the mean squared error over `repeats`
// shuffles. Deterministic: the same seed gives the same numbers on every platform.
struct PermutationImportance {
    using Columns = std::vector<std::vector<double>>;
    // The fitted model: predictions for columns of feature values.
    using Predict = std::function<std::vector<double>(const Columns&)>;

    struct Options {
        int repeats = 30;
        std::uint64_t seed = 20240601;
    };

    double baselineMse = 0;          // error of the unshuffled predictions
    std::vector<double> importance;  // per group: mean MSE increase (units of y squared)
    std::vector<double> stddev;      // per group: spread of that increase over the repeats

    // groups[g] lists the column indices shuffled together (with one permutation).
    static PermutationImportance compute(const Predict& predict, const Columns& x, std::span<const double> y,
                                         const std::vector<std::vector<std::size_t>>& groups,
                                         const Options& options);
    static PermutationImportance compute(const Predict& predict, const Columns& x, std::span<const double> y,
                                         const std::vector<std::vector<std::size_t>>& groups)
    {
        return compute(predict, x, y, groups, Options{});
    }

    // One group per column.
    static std::vector<std::vector<std::size_t>> singleColumns(std::size_t count);
};

} // namespace runlens
