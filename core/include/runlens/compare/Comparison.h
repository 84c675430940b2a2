#pragma once

#include "runlens/compare/CompareMetricRow.h"
#include "runlens/compare/CompareRow.h"
#include "runlens/compare/CompareValue.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/compare/RunGroup.h"

#include <string>
#include <vector>

namespace runlens {

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
