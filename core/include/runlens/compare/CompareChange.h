#pragma once

#include "runlens/model/MetricDirection.h"

#include <string_view>

namespace runlens {

// How a value compares with its baseline, by the metric's direction. Differs is a
// difference on a metric without a direction (Neutral): never better or worse.
enum class CompareChange { Unknown, Same, Better, Worse, Differs };

// Unknown when either value is NaN. Same when the two are equal within numeric
// resolution (NumericResolution), so a group mean computed in another order is not
// "worse".
CompareChange compareChange(MetricDirection direction, double baseline, double value);
std::string_view compareChangeName(CompareChange change); // "unknown", "same", "better", "worse", "differs"

} // namespace runlens
