#pragma once

#include "runlens/compare/Comparison.h"

namespace runlens {

// Builds the metric rows of a Comparison: values per column, deltas, change flags by
// direction, and Welch verdicts where groups are involved.
class CompareMetrics {
public:
    static std::vector<CompareMetricRow> build(const std::vector<RunGroup>& columns, const Comparison::Options& options);

private:
    static CompareMetricCell cell(const RunGroup& column, const std::string& key, MetricDirection direction,
                                  CompareValue pick);
    static std::vector<double> picks(const RunGroup& column, const std::string& key, MetricDirection direction,
                                     CompareValue pick);
};

} // namespace runlens
