#include "runlens/stats/WelchTest.h"

#include "stats/StatsDistributions.h"

#include <cmath>

namespace runlens {

WelchTest WelchTest::compare(std::span<const double> a, std::span<const double> b)
{
    WelchTest w;
    w.a = DescriptiveStats::of(a);
    w.b = DescriptiveStats::of(b);
    w.difference = w.b.mean - w.a.mean;
    if (w.a.n < 2 || w.b.n < 2)
        return w;
    double na = double(w.a.n), nb = double(w.b.n);
    double va = w.a.stddev * w.a.stddev / na; // squared standard errors
    double vb = w.b.stddev * w.b.stddev / nb;
    double se = std::sqrt(va + vb);
    if (se == 0) {
        w.df = na + nb - 2;
        w.t = w.difference == 0 ? 0.0 : std::copysign(INFINITY, w.difference);
        w.pValue = w.difference == 0 ? 1.0 : 0.0;
        return w;
    }
    w.t = w.difference / se;
    w.df = (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1));
    w.pValue = StatsDistributions::studentTwoSided(w.t, w.df);
    return w;
}

} // namespace runlens
