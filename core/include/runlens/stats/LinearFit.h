#pragma once

#include <cstddef>
#include <limits>
#include <span>

namespace runlens {

// Ordinary least-squares line y = slope·x + intercept, for the trend line of a scatter
// plot. Pairs with NaN / ±Inf are left out. Invalid (NaN slope) with fewer than 2
// pairs or when x is constant.
struct LinearFit {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::size_t n = 0;
    double slope = kNaN;
    double intercept = kNaN;
    double r2 = kNaN;  // share of y's variance the line explains; NaN when y is constant

    bool valid() const { return slope == slope; }
    double at(double x) const { return slope * x + intercept; }

    static LinearFit fit(std::span<const double> x, std::span<const double> y);
};

} // namespace runlens
