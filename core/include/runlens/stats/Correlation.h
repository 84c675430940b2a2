#pragma once

#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace runlens {

// A correlation coefficient with its two-sided p-value (null hypothesis: no
// association). Pairs where either value is NaN or ±Inf are left out; n counts the
// pairs used. r is NaN when a side is constant; pValue is NaN when n < 3.
struct Correlation {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::size_t n = 0;
    double r = kNaN;
    double pValue = kNaN;

    bool valid() const { return r == r; }

    // Linear association. p from t = r·sqrt((n-2)/(1-r²)) with n-2 degrees of freedom
    // (equal to scipy.stats.pearsonr's exact p).
    static Correlation pearson(std::span<const double> x, std::span<const double> y);
    // Monotonic association: Pearson of the ranks, ties sharing their average rank; p
    // as for Pearson (the t approximation scipy.stats.spearmanr uses).
    static Correlation spearman(std::span<const double> x, std::span<const double> y);
    // Association of a categorical x (a category index per value) with y: the
    // correlation ratio η = sqrt(between-group / total sum of squares), in 0..1, with
    // the p-value of the one-way ANOVA F-test (scipy.stats.f_oneway).
    static Correlation ratio(std::span<const int> category, std::span<const double> y);

    // Ranks 1..n in the order of values; tied values get the average of their ranks.
    static std::vector<double> ranks(std::span<const double> values);
};

} // namespace runlens
