#include "runlens/stats/Correlation.h"

#include "stats/StatsDistributions.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace runlens {

namespace {

// The pairs where both values are finite.
void finitePairs(std::span<const double> x, std::span<const double> y, std::vector<double>& fx,
                 std::vector<double>& fy)
{
    std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            fx.push_back(x[i]);
            fy.push_back(y[i]);
        }
    }
}

Correlation pearsonOfFinite(const std::vector<double>& x, const std::vector<double>& y)
{
    Correlation c;
    c.n = x.size();
    if (c.n < 2)
        return c;
    double mx = std::accumulate(x.begin(), x.end(), 0.0) / double(c.n);
    double my = std::accumulate(y.begin(), y.end(), 0.0) / double(c.n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < c.n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0 || syy == 0)
        return c;
    c.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    if (c.n < 3)
        return c;
    double df = double(c.n - 2);
    if (std::fabs(c.r) == 1.0) {
        c.pValue = 0.0;
        return c;
    }
    c.pValue = StatsDistributions::studentTwoSided(c.r * std::sqrt(df / (1 - c.r * c.r)), df);
    return c;
}

} // namespace

Correlation Correlation::pearson(std::span<const double> x, std::span<const double> y)
{
    std::vector<double> fx, fy;
    finitePairs(x, y, fx, fy);
    return pearsonOfFinite(fx, fy);
}

Correlation Correlation::spearman(std::span<const double> x, std::span<const double> y)
{
    std::vector<double> fx, fy;
    finitePairs(x, y, fx, fy);
    return pearsonOfFinite(ranks(fx), ranks(fy));
}

Correlation Correlation::ratio(std::span<const int> category, std::span<const double> y)
{
    std::map<int, std::pair<double, std::size_t>> groups; // category -> (sum, count)
    std::vector<std::pair<int, double>> used;
    std::size_t n = std::min(category.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(y[i]))
            continue;
        used.emplace_back(category[i], y[i]);
        auto& g = groups[category[i]];
        g.first += y[i];
        ++g.second;
    }
    Correlation c;
    c.n = used.size();
    if (c.n == 0)
        return c;
    double mean = 0;
    for (auto& [cat, v] : used)
        mean += v;
    mean /= double(c.n);
    double total = 0, within = 0;
    for (auto& [cat, v] : used) {
        const auto& g = groups[cat];
        double groupMean = g.first / double(g.second);
        total += (v - mean) * (v - mean);
        within += (v - groupMean) * (v - groupMean);
    }
    if (total == 0)
        return c;
    double between = std::max(0.0, total - within);
    c.r = std::sqrt(std::clamp(between / total, 0.0, 1.0));
    double k = double(groups.size());
    if (k < 2 || double(c.n) <= k)
        return c;
    if (within == 0) {
        c.pValue = 0.0;
        return c;
    }
    double f = (between / (k - 1)) / (within / (double(c.n) - k));
    c.pValue = StatsDistributions::fisherUpper(f, k - 1, double(c.n) - k);
    return c;
}

std::vector<double> Correlation::ranks(std::span<const double> values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        // Positions i..j (0-based) are tied: each gets the mean of ranks i+1..j+1.
        double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (std::size_t k = i; k <= j; ++k)
            out[order[k]] = rank;
        i = j + 1;
    }
    return out;
}

} // namespace runlens
