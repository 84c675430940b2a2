#include "stats/StatsDistributions.h"

#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

namespace runlens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Report trouble as NaN / infinity rather than exceptions: a statistic that cannot be
// computed shows as "no value", it never aborts a comparison.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

} // namespace

double StatsDistributions::studentTwoSided(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return 0.0;
    boost::math::students_t_distribution<double, Policy> dist(df);
    return 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t)));
}

double StatsDistributions::studentQuantile(double q, double df)
{
    if (!(df > 0) || !(q > 0 && q < 1))
        return kNaN;
    boost::math::students_t_distribution<double, Policy> dist(df);
    return boost::math::quantile(dist, q);
}

double StatsDistributions::fisherUpper(double f, double d1, double d2)
{
    if (std::isnan(f) || !(d1 > 0) || !(d2 > 0) || f < 0)
        return kNaN;
    if (std::isinf(f))
        return 0.0;
    boost::math::fisher_f_distribution<double, Policy> dist(d1, d2);
    return boost::math::cdf(boost::math::complement(dist, f));
}

} // namespace runlens
