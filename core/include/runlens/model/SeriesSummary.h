#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace runlens {

// The per-series summary the store keeps next to the points (table `series`), so
// tables and queries never scan points.
struct SeriesSummary {
    std::int64_t seriesId = 0;
    std::string key;
    std::string slice;            // "" = the overall metric
    std::int64_t count = 0;
    std::int64_t firstStep = 0;   // smallest step
    std::int64_t lastStep = 0;    // largest step
    double lastValue = std::numeric_limits<double>::quiet_NaN(); // value at lastStep
    double lastTime = std::numeric_limits<double>::quiet_NaN();  // newest wall time
    double minValue = std::numeric_limits<double>::quiet_NaN();  // NaN: no finite-or-inf value
    double maxValue = std::numeric_limits<double>::quiet_NaN();
};

} // namespace runlens
