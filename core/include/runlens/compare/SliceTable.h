#pragma once

#include "runlens/compare/CompareValue.h"
#include "runlens/compare/RunGroup.h"
#include "runlens/model/MetricDirection.h"
#include "runlens/model/MetricDirections.h"

#include <limits>
#include <string>
#include <vector>

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

// Per-slice results: for every metric key that has slices (series logged with a
// non-empty slice), one row per slice and column (run or group) with the overall value
// beside it, the delta to the baseline column and the two warning flags. Every column
// gets a row for every slice any column logged, so the rows form a full grid
// (slices × columns) for heatmaps; a column without the slice has runs = 0.
struct SliceTable {
    struct Options {
        std::size_t baseline = 0;
        CompareValue pick = CompareValue::Last;
        MetricDirections directions;
        // A slice is "much worse than overall" when it is worse by more than both this
        // absolute amount and this fraction of |overall|.
        double worseAbsolute = 0.05;
        double worseRelative = 0.10;
    };
    enum class Order {
        WorstVsOverall,   // per key, largest gap to overall first
        WorstVsBaseline,  // per key, largest loss against the baseline first
        ByName            // per key, slices by name, columns in order
    };

    std::vector<std::string> labels;  // column titles
    std::size_t baseline = 0;
    std::vector<SliceRow> rows;       // Order::WorstVsOverall after build()

    // Throws StoreError(InvalidInput) when there are no columns or baseline is out of range.
    static SliceTable build(const std::vector<RunGroup>& columns, const Options& options);
    static SliceTable build(const std::vector<RunGroup>& columns) { return build(columns, Options{}); }

    void sort(Order order);
    std::vector<std::string> keys() const;                       // metric keys with slices, sorted
    std::vector<std::string> slices(const std::string& key) const; // slices of key, sorted
    const SliceRow* find(const std::string& key, const std::string& slice, std::size_t column) const;
    // Rows with either flag set, in table order.
    std::vector<const SliceRow*> flagged() const;
};

} // namespace runlens
