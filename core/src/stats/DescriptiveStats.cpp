#include "runlens/stats/DescriptiveStats.h"

#include "stats/StatsDistributions.h"

#include <algorithm>
#include <cmath>

namespace runlens {

DescriptiveStats DescriptiveStats::of(std::span<const double> values, double confidence)
{
    DescriptiveStats s;
    s.confidence = confidence;
    double sum = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            ++s.skipped;
            continue;
        }
        s.min = s.n == 0 ? v : std::min(s.min, v);
        s.max = s.n == 0 ? v : std::max(s.max, v);
        sum += v;
        ++s.n;
    }
    if (s.n == 0)
        return s;
    s.mean = sum / double(s.n);
    if (s.n < 2)
        return s;
    // Two passes: the sum of squared deviations stays exact-ish even when the values are
    // large and close together (e.g. accuracies 0.9121, 0.9125, ...).
    double squares = 0;
    for (double v : values) {
        if (std::isfinite(v))
            squares += (v - s.mean) * (v - s.mean);
    }
    s.stddev = std::sqrt(squares / double(s.n - 1));
    s.stderror = s.stddev / std::sqrt(double(s.n));
    double t = StatsDistributions::studentQuantile(1.0 - (1.0 - confidence) / 2.0, double(s.n - 1));
    s.ciLow = s.mean - t * s.stderror;
    s.ciHigh = s.mean + t * s.stderror;
    return s;
}

} // namespace runlens
