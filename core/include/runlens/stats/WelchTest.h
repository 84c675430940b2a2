#pragma once

#include "runlens/stats/DescriptiveStats.h"

#include <limits>
#include <span>

namespace runlens {

// Welch's t-test: are the means of two groups (e.g. the seeds of config A and of
// config B) different, without assuming equal variances or sizes. NaN / ±Inf values
// are left out. Needs at least 2 values per group; otherwise valid() is false.
struct WelchTest {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    DescriptiveStats a;        // the first group (the baseline)
    DescriptiveStats b;        // the second group (the candidate)
    double difference = kNaN;  // mean(b) - mean(a)
    double t = kNaN;           // difference / sqrt(var(a)/n(a) + var(b)/n(b))
    double df = kNaN;          // Welch–Satterthwaite degrees of freedom
    double pValue = kNaN;      // two-sided
    // The means differ by no more than rounding (NumericResolution): there is no
    // difference to test. Set whenever both groups have a finite value.
    bool equalWithinResolution = false;

    bool valid() const { return pValue == pValue; }
    bool significant(double alpha = 0.05) const { return valid() && pValue < alpha; }

    // Degenerate cases, decided before any division by a spread made of rounding noise:
    // - means equal within numeric resolution: t = 0, p = 1 (whatever the spreads);
    // - a group whose spread is within numeric resolution of its values counts as
    //   constant (spread 0); both constant and means apart: t = ±Inf, p = 0, with
    //   df = n(a) + n(b) - 2.
    static WelchTest compare(std::span<const double> a, std::span<const double> b);
};

} // namespace runlens
