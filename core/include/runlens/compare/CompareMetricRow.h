#pragma once

#include "runlens/compare/CompareMetricCell.h"
#include "runlens/model/MetricDirection.h"

#include <string>
#include <vector>

namespace runlens {

// A metric key in a comparison: one cell per column.
struct CompareMetricRow {
    std::string key;
    MetricDirection direction = MetricDirection::Max;
    bool directionChosen = false;  // set by the user (else from the name rule)
    std::vector<CompareMetricCell> cells;
};

} // namespace runlens
