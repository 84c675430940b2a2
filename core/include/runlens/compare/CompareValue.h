#pragma once

#include "runlens/model/MetricDirection.h"
#include "runlens/model/SeriesSummary.h"

#include <string_view>

namespace runlens {

// Which single number stands for a run's metric series in a comparison: the last
// value, the best one (min or max by the metric's direction; the last value for a
// metric without a direction), the minimum or maximum.
enum class CompareValue { Last, Best, Min, Max };

double pickValue(const SeriesSummary& series, CompareValue which, MetricDirection direction);
std::string_view compareValueName(CompareValue which); // "last", "best", "min", "max"

} // namespace runlens
