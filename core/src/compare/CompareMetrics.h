#pragma once

#include "runlens/compare/Comparison.h"

namespace runlens {

// Builds the metric rows of a Comparison: values per column, deltas, change flags by
// direction, and Welch verdicts where groups are involved.
namespace CompareMetrics {

std::vector<CompareMetricRow> build(const std::vector<RunGroup>& columns, const Comparison::Options& options);

} // namespace CompareMetrics

} // namespace runlens
