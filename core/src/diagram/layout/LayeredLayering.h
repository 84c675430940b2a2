#pragma once

#include "diagram/layout/LayeredGraph.h"

#include <utility>
#include <vector>

namespace runlens {

// Step 2 of LayeredLayout: layers by longest path, then dummy vertices on long edges.
class LayeredLayering {
public:
    // Sets every vertex's layer from acyclic edges: sources at 0, each vertex one past
    // its furthest predecessor; then every source moves right to just before its
    // nearest successor, which shortens the edges of late inputs. Returns the number
    // of layers.
    static int assignLayers(LayeredGraph& g, const std::vector<std::pair<int, int>>& dag);
    // Adds the edges to g, splitting each that spans k > 1 layers into a chain through
    // k - 1 dummy vertices, and fills g.layers (in vertex order). Returns the number
    // of dummies.
    static int connect(LayeredGraph& g, const std::vector<std::pair<int, int>>& dag, int layerCount);
};

} // namespace runlens
