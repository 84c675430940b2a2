#pragma once

#include <string>

namespace runlens {

// One row of the store's diagrams table without its JSON: what the diagrams dock lists.
struct DiagramInfo {
    std::string uuid;
    std::string name;
    std::string sourceRun; // "" unless generated from a pipeline run
    double createdAt = 0;  // Unix seconds
    double updatedAt = 0;
};

} // namespace runlens
