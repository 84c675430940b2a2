#include "charts/CurveGrouping.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace runlens {

namespace {

using CurveGrouping::kBins;
using CurveGrouping::kMaxExactX;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The common x positions of curves: their distinct x values, or kBins bin centres
// (binWidth apart) when there are more than kMaxExactX of them; binWidth 0 for exact x.
std::vector<double> grid(const std::vector<const SeriesLod*>& curves, double& binWidth)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    std::set<double> distinct;
    bool exact = true;
    for (const SeriesLod* c : curves) {
        if (c->empty())
            continue;
        lo = std::min(lo, c->x(0));
        hi = std::max(hi, c->x(c->size() - 1));
        for (std::size_t i = 0; exact && i < c->size(); ++i) {
            distinct.insert(c->x(i));
            exact = distinct.size() <= kMaxExactX;
        }
    }
    binWidth = 0;
    if (lo > hi)
        return {};
    if (exact)
        return {distinct.begin(), distinct.end()};
    std::vector<double> g(kBins);
    binWidth = (hi - lo) / double(kBins);
    for (std::size_t i = 0; i < kBins; ++i)
        g[i] = lo + (double(i) + 0.5) * binWidth;
    return g;
}

// One run's value at x: the mean of its points in x's bin, else interpolated; NaN
// outside its range.
double valueAt(const SeriesLod& c, double x, double binWidth)
{
    if (c.empty() || x < c.x(0) - binWidth / 2 || x > c.x(c.size() - 1) + binWidth / 2)
        return kNaN;
    // The mean of the run's finite points at x (or in x's bin).
    std::size_t a = c.lowerBound(x - binWidth / 2);
    std::size_t b = binWidth > 0 ? c.lowerBound(x + binWidth / 2) : c.upperBound(x);
    double sum = 0;
    int n = 0;
    for (std::size_t i = a; i < b; ++i) {
        if (std::isfinite(c.y(i))) {
            sum += c.y(i);
            ++n;
        }
    }
    if (n > 0)
        return sum / n;
    // None there: interpolate between the neighbouring points, if both are finite.
    std::size_t right = c.lowerBound(x);
    if (right == 0 || right >= c.size())
        return kNaN;
    double x0 = c.x(right - 1), x1 = c.x(right), y0 = c.y(right - 1), y1 = c.y(right);
    if (!std::isfinite(y0) || !std::isfinite(y1))
        return kNaN;
    return x1 == x0 ? y1 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
}

} // namespace

CurveGrouping::Group CurveGrouping::aggregate(const QString& label, const std::vector<const SeriesLod*>& curves)
{
    Group g;
    g.label = label;
    g.runs = int(curves.size());
    double binWidth = 0;
    std::vector<double> xs = grid(curves, binWidth);
    std::vector<double> values;
    for (double x : xs) {
        values.clear();
        for (const SeriesLod* c : curves) {
            double v = valueAt(*c, x, binWidth);
            if (std::isfinite(v))
                values.push_back(v);
        }
        g.x.push_back(x);
        g.count.push_back(int(values.size()));
        if (values.empty()) {
            // A gap in the line, as a NaN in a single run's curve.
            for (auto* v : {&g.mean, &g.min, &g.max, &g.stddev})
                v->push_back(kNaN);
            continue;
        }
        double sum = 0, mn = values[0], mx = values[0];
        for (double v : values) {
            sum += v;
            mn = std::min(mn, v);
            mx = std::max(mx, v);
        }
        double mean = sum / double(values.size());
        double sq = 0;
        for (double v : values)
            sq += (v - mean) * (v - mean);
        // Sample standard deviation: the seeds are a sample of what the config does.
        g.mean.push_back(mean);
        g.min.push_back(mn);
        g.max.push_back(mx);
        g.stddev.push_back(values.size() > 1 ? std::sqrt(sq / double(values.size() - 1)) : 0.0);
    }
    return g;
}

} // namespace runlens
