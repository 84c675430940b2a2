#pragma once

#include "diagram/layout/LayeredGraph.h"

#include <vector>

namespace runlens {

// Step 3 of LayeredLayout: the order of vertices inside each layer, chosen to reduce
// edge crossings. Every edge of g must join neighbouring layers (dummies make it so).
class LayeredOrdering {
public:
    // A breadth-first start order from the sources, then up to `sweeps` rounds of a
    // down and an up sweep (barycenter and median alternately), keeping the best order
    // seen. Returns its crossing count.
    static long reduceCrossings(LayeredGraph& g, int sweeps);
    // Crossings between all neighbouring layers with the current orders.
    static long countCrossings(const LayeredGraph& g);

private:
    static void initialOrder(LayeredGraph& g);
    static void sweepLayer(LayeredGraph& g, int layer, bool down, bool median);
    static long countBetween(const LayeredGraph& g, int upper);
    static void keepClustersTogether(LayeredGraph& g, std::vector<int>& layer);
};

} // namespace runlens
