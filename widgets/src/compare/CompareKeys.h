#pragma once

#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

// The param and metric keys a set of runs offers the many-runs views (parallel
// coordinates, scatter, importance), and sensible first choices among them.
namespace CompareKeys {
// Overall metric keys (slice "") any run logged, sorted.
std::vector<std::string> metrics(const std::vector<RunRecord>& runs);
// Param keys any run has, sorted.
std::vector<std::string> params(const std::vector<RunRecord>& runs);
// Params with at least two values among the runs, leaving out text params with a
// different value in every run (names, paths): what is worth an axis.
std::vector<std::string> variedParams(const std::vector<RunRecord>& runs);
// A validation metric when there is one ("val/acc", "val_loss", "test/f1"), else
// the first key; "" when there are none.
std::string defaultMetric(const std::vector<std::string>& metrics);
} // namespace CompareKeys

} // namespace runlens
