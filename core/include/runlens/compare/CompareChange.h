#pragma once

#include "runlens/model/MetricDirection.h"

#include <string_view>

namespace runlens {

// How a value compares with its baseline, by the metric's direction: what the views
// colour (better green, worse red).
enum class CompareChange { Unknown, Same, Better, Worse };

// Unknown when either value is NaN. Same when the two differ by no more than rounding
// (1e-12 relative), so a group mean computed in another order is not "worse".
CompareChange compareChange(MetricDirection direction, double baseline, double value);
std::string_view compareChangeName(CompareChange change); // "unknown", "same", "better", "worse"

} // namespace runlens
