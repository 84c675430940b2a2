#pragma once

#include "runlens/diagram/Diagram.h"

#include <string>
#include <vector>

namespace runlens {

// What an import produced: a valid, laid-out-as-drawn diagram (fresh uuid) and notes
// about what could not be carried over (an edge with a loose end, an unknown shape).
struct DiagramImportResult {
    Diagram diagram;
    std::string format;                 // "runlens", "drawio" or "mermaid"
    std::vector<std::string> warnings;
};

} // namespace runlens
