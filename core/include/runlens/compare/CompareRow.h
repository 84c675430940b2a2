#pragma once

#include "runlens/compare/CompareCell.h"

#include <string>
#include <vector>

namespace runlens {

// A params or run-info row of a comparison: one cell per column.
struct CompareRow {
    std::string key;                // param key, or for run info: experiment, status,
                                    // git_commit, host, command, duration
    std::vector<CompareCell> cells;
    bool differs = false;           // not every column shows the same cell
};

} // namespace runlens
