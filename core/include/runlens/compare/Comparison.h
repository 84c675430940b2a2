#pragma once

#include "runlens/compare/CompareValue.h"
#include "runlens/compare/RunGroup.h"
#include "runlens/compare/Verdict.h"
#include "runlens/model/MetricDirection.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/stats/DescriptiveStats.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace runlens {

// One cell of a params or run-info row of a comparison: the value of one column.
struct CompareCell {
    bool present = false;  // at least one run of the column has a value
    bool mixed = false;    // the runs of a group disagree, or some of them lack the value
    std::string text;      // the value; for mixed cells the distinct values, "1, 2, 3"
    double number = std::numeric_limits<double>::quiet_NaN(); // numeric value when there is one

    bool operator==(const CompareCell& o) const
    {
        return present == o.present && mixed == o.mixed && text == o.text;
    }
};

// A params or run-info row of a comparison: one cell per column.
struct CompareRow {
    std::string key;                // param key, or for run info: experiment, status,
                                    // git_commit, host, command, duration
    std::vector<CompareCell> cells;
    bool differs = false;           // not every column shows the same cell
};

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

// A metric key in a comparison: one cell per column.
struct CompareMetricRow {
    std::string key;
    MetricDirection direction = MetricDirection::Max;
    bool directionChosen = false;  // set by the user (else from the name rule)
    std::vector<CompareMetricCell> cells;
};

// Runs (or groups of runs) side by side, one column each, one column the baseline:
// the data behind the comparison view and the report's comparison pages. Plain data,
// computed once; the views only display it.
//   auto cmp = Comparison::build(RunGroup::byConfig(store.runs({.query = q})), {.baseline = 0});
struct Comparison {
    struct Options {
        std::size_t baseline = 0;
        CompareValue pick = CompareValue::Last; // which value of a series is compared
        MetricDirections directions;            // e.g. MetricDirectionStore(store).load()
        double alpha = 0.05;                    // significance level of the verdicts
    };

    std::vector<RunGroup> columns;
    std::size_t baseline = 0;
    CompareValue pick = CompareValue::Last;
    std::vector<CompareRow> params;         // every param key of any run, sorted
    std::vector<CompareMetricRow> metrics;  // every overall metric key, sorted
    std::vector<CompareRow> info;           // experiment, status, git_commit, host, command, duration

    // Throws StoreError(InvalidInput) when there are no columns or baseline is out of range.
    static Comparison build(std::vector<RunGroup> columns, const Options& options);
    static Comparison build(std::vector<RunGroup> columns) { return build(std::move(columns), Options{}); }

    std::vector<std::string> labels() const;
    const CompareRow* param(const std::string& key) const;
    const CompareMetricRow* metric(const std::string& key) const;
    const CompareRow* infoRow(const std::string& key) const;
};

} // namespace runlens
