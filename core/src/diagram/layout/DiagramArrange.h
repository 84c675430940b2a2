#pragma once

#include "runlens/diagram/DiagramDocument.h"

#include <vector>

namespace runlens {

// Pure geometry behind DiagramDocument::align and distribute: returns the nodes with
// their new positions, in the order given.
namespace DiagramArrange {

std::vector<DiagramNode> align(std::vector<DiagramNode> nodes, DiagramAlignment alignment);
std::vector<DiagramNode> distribute(std::vector<DiagramNode> nodes, DiagramDistribution distribution);

} // namespace DiagramArrange

} // namespace runlens
