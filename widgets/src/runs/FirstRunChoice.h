#pragma once

#include "runlens/model/RunRecord.h"

#include <QString>

#include <vector>

namespace runlens {

// The run a window selects when a store opens, so the first look is worth it. The newest
// run was often a pipeline step with one value per metric: charts of single dots.
//
// Runs with learning curves (a metric of two points or more) come first, then top-level
// runs (not a pipeline step), then finished ones (a complete curve). Of the best of these,
// the newest of those with at least half as many points as the most has: recent, and not
// a short test run beside the real ones.
namespace FirstRunChoice {
// The uuid of the run to show; "" when there is none.
QString pick(const std::vector<const RunRecord*>& shown);
} // namespace FirstRunChoice

} // namespace runlens
