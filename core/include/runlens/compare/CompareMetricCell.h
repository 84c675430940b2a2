#pragma once

#include "runlens/compare/CompareChange.h"
#include "runlens/compare/CompareMark.h"
#include "runlens/stats/DescriptiveStats.h"
#include "runlens/compare/Verdict.h"

#include <limits>
#include <optional>

namespace runlens {

// One metric of one column of a comparison.
struct CompareMetricCell {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::size_t runs = 0;   // runs of the column with a finite compared value
    // Of the run's series; for a group the mean over its runs (finite values only).
    double last = kNaN, best = kNaN, min = kNaN, max = kNaN;
    double value = kNaN;     // the compared value (Comparison::pick); group: mean
    DescriptiveStats stats;  // the compared value over the column's runs: std, CI
    double delta = kNaN;     // value − baseline's value
    double relDelta = kNaN;  // delta / |baseline's value|; NaN when that is 0
    CompareChange change = CompareChange::Unknown; // by the metric's direction
    // Welch's test against the baseline with the sentence, when this column or the
    // baseline is a group of more than one run. Absent in the baseline column.
    std::optional<Verdict> verdict;
    // What the views colour: the verdict where there is one, else a tentative lean.
    CompareMark mark = CompareMark::None;
};

} // namespace runlens
