#include "runlens/compare/PermutationImportance.h"

#include "runlens/stats/DescriptiveStats.h"

#include <numeric>
#include <random>

namespace runlens {

namespace {

double meanSquaredError(const std::vector<double>& predicted, std::span<const double> y)
{
    double sum = 0;
    for (std::size_t i = 0; i < y.size(); ++i)
        sum += (predicted[i] - y[i]) * (predicted[i] - y[i]);
    return y.empty() ? 0.0 : sum / double(y.size());
}

// Fisher–Yates with the raw output of mt19937_64 (fully specified by the standard);
// std::shuffle and the std distributions are not, so they could differ between
// standard libraries. The modulo bias is below 1e-15 for any realistic n.
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& rng)
{
    for (std::size_t i = order.size(); i > 1; --i) {
        std::size_t j = std::size_t(rng() % i);
        std::swap(order[i - 1], order[j]);
    }
}

} // namespace

PermutationImportance PermutationImportance::compute(const Predict& predict, const Columns& x,
                                                     std::span<const double> y,
                                                     const std::vector<std::vector<std::size_t>>& groups,
                                                     const Options& options)
{
    PermutationImportance out;
    out.baselineMse = meanSquaredError(predict(x), y);
    Columns shuffled = x;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        // A generator per group: a group's numbers do not depend on the other groups.
        std::mt19937_64 rng(options.seed + 0x9E3779B97F4A7C15ull * (g + 1));
        std::vector<double> increases;
        std::vector<std::size_t> order(y.size());
        for (int r = 0; r < options.repeats; ++r) {
            std::iota(order.begin(), order.end(), 0);
            shuffle(order, rng);
            for (std::size_t column : groups[g]) {
                for (std::size_t i = 0; i < order.size(); ++i)
                    shuffled[column][i] = x[column][order[i]];
            }
            increases.push_back(meanSquaredError(predict(shuffled), y) - out.baselineMse);
        }
        for (std::size_t column : groups[g])
            shuffled[column] = x[column];
        auto stats = DescriptiveStats::of(increases);
        out.importance.push_back(stats.n ? stats.mean : 0.0);
        out.stddev.push_back(stats.n > 1 ? stats.stddev : 0.0);
    }
    return out;
}

std::vector<std::vector<std::size_t>> PermutationImportance::singleColumns(std::size_t count)
{
    std::vector<std::vector<std::size_t>> groups(count);
    for (std::size_t i = 0; i < count; ++i)
        groups[i] = {i};
    return groups;
}

} // namespace runlens
