#pragma once

#include "diagram/layout/LayeredGraph.h"

#include <utility>
#include <vector>

namespace runlens {

// Step 2 of LayeredLayout: layers by longest path, then dummy vertices on long edges.
namespace LayeredLayering {

// Sets every vertex's layer from acyclic edges: sources at 0, each vertex one past
// its furthest predecessor; then every source moves right to just before its
// nearest successor, which shortens the edges of late inputs. Returns the number
// of layers.
int assignLayers(LayeredGraph& g, const std::vector<std::pair<int, int>>& dag);
// Adds the edges to g, splitting each that spans k > 1 layers into a chain through
// k - 1 dummy vertices, and fills g.layers (in vertex order). Returns the number
// of dummies. Dummies are bounded (see chooseLongEdges).
int connect(LayeredGraph& g, const std::vector<std::pair<int, int>>& dag, int layerCount);

// Which edges get their dummies. A cycle broken by reversing edges can leave
// thousands of edges spanning thousands of layers (a 5 000-node Mermaid flowchart
// in cycles needed 50 M dummies, 1 GB and 30 s), so the shortest edges are served
// first from a budget linear in the graph; the longest beyond it are left out of
// ordering and placement. They are still drawn: routes follow the final positions.
std::vector<char> chooseLongEdges(const LayeredGraph& g, const std::vector<std::pair<int, int>>& dag);

inline constexpr long kDummiesPerElement = 4; // per vertex and per edge
inline constexpr long kDummiesBase = 10000;

} // namespace LayeredLayering

} // namespace runlens
