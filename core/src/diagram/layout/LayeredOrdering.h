#pragma once

#include "diagram/layout/LayeredGraph.h"

#include <vector>

namespace runlens {

// Step 3 of LayeredLayout: the order of vertices inside each layer, chosen to reduce
// edge crossings. Every edge of g must join neighbouring layers (dummies make it so).
namespace LayeredOrdering {

// A breadth-first start order from the sources, then up to `sweeps` rounds of a
// down and an up sweep (barycenter and median alternately), keeping the best order
// seen. Returns its crossing count.
long reduceCrossings(LayeredGraph& g, int sweeps);
// Crossings between all neighbouring layers with the current orders.
long countCrossings(const LayeredGraph& g);

} // namespace LayeredOrdering

} // namespace runlens
