#pragma once

#include <cstddef>
#include <limits>
#include <span>

namespace runlens {

// Mean, spread and the confidence interval of the mean of a handful of numbers (the
// final metric of each seed). NaN and ±Inf are left out and counted in `skipped`, so
// one diverged seed shows as a missing value, not as an infinite mean.
struct DescriptiveStats {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::size_t n = 0;        // finite values used
    std::size_t skipped = 0;  // NaN / ±Inf values left out
    double mean = kNaN;
    double stddev = kNaN;     // sample standard deviation (divides by n - 1); NaN for n < 2
    double stderror = kNaN;   // standard error of the mean, stddev / sqrt(n)
    double confidence = 0.95;
    double ciLow = kNaN;      // mean ± t(1 - (1 - confidence) / 2, n - 1) · stderror
    double ciHigh = kNaN;
    double min = kNaN;
    double max = kNaN;

    double ciHalfWidth() const { return (ciHigh - ciLow) / 2; }

    static DescriptiveStats of(std::span<const double> values, double confidence = 0.95);
};

} // namespace runlens
