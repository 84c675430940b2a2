#pragma once

#include <algorithm>
#include <cmath>

namespace runlens {

// How close two doubles may be and still count as the same number. A mean of equal
// values computed in another order, or summed over other runs, moves in its last bits
// (0.9999999979 can come back as 0.9999999979000001); such a difference is rounding,
// not a result, and no statistic may call it one. 1e-12 relative is about 4 500 units
// in the last place: far above what summing a few thousand values loses, far below any
// difference a metric can meaningfully show.
namespace NumericResolution {

inline constexpr double kRelative = 1e-12;

// The smallest difference that counts at this magnitude (0 at 0: exact there).
inline double at(double magnitude) { return kRelative * std::fabs(magnitude); }

// a and b differ by no more than rounding. False when either is NaN; ±Inf equals
// only itself.
inline bool equal(double a, double b)
{
    if (a == b)
        return true;
    double scale = std::max(std::fabs(a), std::fabs(b));
    return std::isfinite(scale) && std::fabs(a - b) <= at(scale);
}

} // namespace NumericResolution

} // namespace runlens
