#pragma once

#include "runlens/compare/CompareValue.h"
#include "runlens/compare/RunGroup.h"
#include "runlens/model/MetricDirections.h"

#include <cstddef>
#include <vector>

namespace runlens {

// Which column is the baseline when the user has not chosen one. The first column is
// not good enough: a failed, diverged run there turns every delta into NaN and every
// verdict into "no test". The default is the column that can best carry a comparison:
//   1. the most usable runs: finished, with a finite compared value for every overall
//      metric they logged;
//   2. then the most metrics with a usable value in the column;
//   3. then the order shown (the earlier column).
// One rule for the Compare window, the report dialog and `runlens report`. Returns 0 when
// there are no columns or none has a usable run.
std::size_t defaultBaseline(const std::vector<RunGroup>& columns, CompareValue pick = CompareValue::Last,
                            const MetricDirections& directions = {});

// A run that can stand for its column in a comparison (rule 1 above).
bool canCarryComparison(const RunRecord& run, CompareValue pick = CompareValue::Last,
                        const MetricDirections& directions = {});

} // namespace runlens
