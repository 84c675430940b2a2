#pragma once

#include "runlens/compare/CompareChange.h"
#include "runlens/model/MetricDirection.h"

#include <limits>
#include <string>

namespace runlens {

// One metric × slice × column of a SliceTable.
struct SliceRow {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::string key;
    std::string slice;
    std::size_t column = 0;
    MetricDirection direction = MetricDirection::Max;
    std::size_t runs = 0;     // runs of the column that logged this slice (0: a gap in the grid)
    double value = kNaN;      // the slice's compared value; group: mean over its runs
    double overall = kNaN;    // the same column's overall value of key
    double gap = kNaN;        // how much worse the slice is than overall; > 0 = worse
    double baseline = kNaN;   // the baseline column's value of this slice
    double delta = kNaN;      // value − baseline
    double relDelta = kNaN;   // delta / |baseline|
    CompareChange change = CompareChange::Unknown;        // slice vs the baseline's slice
    CompareChange overallChange = CompareChange::Unknown; // overall vs the baseline's overall
    // gap > max(absolute, relative · |overall|) (SliceTable::Options).
    bool muchWorseThanOverall = false;
    // The slice got worse from baseline to this column while the overall metric got
    // better: the regression an average hides.
    bool regressedWhileOverallImproved = false;
};

} // namespace runlens
