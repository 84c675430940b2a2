#pragma once

#include "runlens/diagram/DiagramDocument.h"

#include <vector>

namespace runlens {

// Pure geometry behind DiagramDocument::align and distribute: returns the nodes with
// their new positions, in the order given.
class DiagramArrange {
public:
    static std::vector<DiagramNode> align(std::vector<DiagramNode> nodes, DiagramAlignment alignment);
    static std::vector<DiagramNode> distribute(std::vector<DiagramNode> nodes, DiagramDistribution distribution);
};

} // namespace runlens
