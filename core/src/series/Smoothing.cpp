#include "runlens/series/Smoothing.h"

#include <algorithm>
#include <cmath>

namespace runlens {

std::vector<double> Smoothing::ema(std::span<const double> values, double weight)
{
    std::vector<double> out(values.begin(), values.end());
    weight = std::clamp(weight, 0.0, 1.0);
    if (weight == 0.0 || std::ranges::all_of(values, [&](double v) { return v == values.front(); }))
        return out;
    double last = 0.0, decay = 1.0; // decay = weight^k, kept as a product to avoid pow()
    for (double& v : out) {
        if (!std::isfinite(v))
            continue;
        last = last * weight + (1.0 - weight) * v;
        decay *= weight;
        // weight == 1 would never move: keep the first value rather than divide by 0.
        v = decay < 1.0 ? last / (1.0 - decay) : v;
    }
    return out;
}

std::vector<double> Smoothing::centredMovingAverage(std::span<const double> values, int window)
{
    std::vector<double> out(values.begin(), values.end());
    if (window <= 1 || values.empty())
        return out;
    std::size_t half = std::size_t(window / 2);
    // Prefix sums of the finite values and their count; long double keeps the
    // differences of large sums exact enough over millions of points.
    std::vector<long double> sum(values.size() + 1, 0.0L);
    std::vector<std::size_t> count(values.size() + 1, 0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        bool finite = std::isfinite(values[i]);
        sum[i + 1] = sum[i] + (finite ? values[i] : 0.0L);
        count[i + 1] = count[i] + (finite ? 1 : 0);
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        std::size_t lo = i >= half ? i - half : 0;
        std::size_t hi = std::min(values.size(), i + half + 1);
        out[i] = double((sum[hi] - sum[lo]) / (long double)(count[hi] - count[lo]));
    }
    return out;
}

} // namespace runlens
