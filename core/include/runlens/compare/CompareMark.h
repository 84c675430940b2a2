#pragma once

#include "runlens/compare/CompareChange.h"

#include <optional>
#include <string_view>

namespace runlens {

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
