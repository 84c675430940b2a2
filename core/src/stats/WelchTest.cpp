#include "runlens/stats/WelchTest.h"

#include "runlens/stats/NumericResolution.h"
#include "stats/StatsDistributions.h"

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// The group's spread, or 0 when it is no more than rounding of its values: identical
// seeds whose mean was rounded give a standard deviation of ~1e-16, which must not
// become the yardstick of a t statistic.
double spread(const DescriptiveStats& s)
{
    double magnitude = std::max(std::fabs(s.min), std::fabs(s.max));
    return s.stddev <= NumericResolution::at(magnitude) ? 0.0 : s.stddev;
}

} // namespace

WelchTest WelchTest::compare(std::span<const double> a, std::span<const double> b)
{
    WelchTest w;
    w.a = DescriptiveStats::of(a);
    w.b = DescriptiveStats::of(b);
    w.difference = w.b.mean - w.a.mean;
    w.equalWithinResolution = w.a.n > 0 && w.b.n > 0 && NumericResolution::equal(w.a.mean, w.b.mean);
    if (w.a.n < 2 || w.b.n < 2)
        return w;
    double na = double(w.a.n), nb = double(w.b.n);
    double sa = spread(w.a), sb = spread(w.b);
    double va = sa * sa / na; // squared standard errors
    double vb = sb * sb / nb;
    if (w.equalWithinResolution || va + vb == 0) {
        w.df = va + vb == 0 ? na + nb - 2 : (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1));
        w.t = w.equalWithinResolution ? 0.0 : std::copysign(INFINITY, w.difference);
        w.pValue = w.equalWithinResolution ? 1.0 : 0.0;
        return w;
    }
    w.t = w.difference / std::sqrt(va + vb);
    w.df = (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1));
    w.pValue = StatsDistributions::studentTwoSided(w.t, w.df);
    return w;
}

} // namespace runlens
