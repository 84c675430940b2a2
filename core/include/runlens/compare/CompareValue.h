#pragma once

#include "runlens/model/MetricDirection.h"
#include "runlens/model/RunRecord.h"

#include <optional>
#include <string_view>

namespace runlens {

// Which single number stands for a run's metric series in a comparison: the last
// value, the best one (min or max by the metric's direction; the last value for a
// metric without a direction), the minimum or maximum.
enum class CompareValue { Last, Best, Min, Max };

double pickValue(const SeriesSummary& series, CompareValue which, MetricDirection direction);
std::string_view compareValueName(CompareValue which); // "last", "best", "min", "max"

// How a value compares with its baseline, by the metric's direction. Differs is a
// difference on a metric without a direction (Neutral): never better or worse.
enum class CompareChange { Unknown, Same, Better, Worse, Differs };

// Unknown when either value is NaN. Same when the two are equal within numeric
// resolution (NumericResolution), so a group mean computed in another order is not
// "worse".
CompareChange compareChange(MetricDirection direction, double baseline, double value);
std::string_view compareChangeName(CompareChange change); // "unknown", "same", "better", "worse", "differs"

struct Verdict;

// How strongly a comparison cell may claim "better" or "worse": what every view colours.
// Where a test is possible the colour follows the verdict, so a difference inside the
// noise is not painted as a win. Where it is not (one run on a side), the views show
// only which way the value went (Leans*: a lighter tint and an arrow glyph), never the
// colour of a significant result.
enum class CompareMark {
    None,        // baseline, no difference, inside the noise, no direction, or unknown
    Better,      // the test says the candidate is better
    Worse,       // the test says the baseline is better
    LeansBetter, // no test possible; the value is better by the direction
    LeansWorse,  // no test possible; the value is worse by the direction
};

// The mark of a non-baseline cell from its change and its verdict (absent when both
// sides are single runs).
CompareMark compareMark(CompareChange change, const std::optional<Verdict>& verdict);
std::string_view compareMarkName(CompareMark mark); // "none", "better", "worse", "leans better", "leans worse"

} // namespace runlens
