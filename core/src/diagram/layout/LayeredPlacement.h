#pragma once

#include "diagram/layout/LayeredGraph.h"

#include <vector>

namespace runlens {

// Step 4 of LayeredLayout: coordinates. Across the flow, each layer's vertices keep
// their order and at least `gap` between them (half of it next to a dummy) and move
// as close as they can to the mean position of their neighbours; along the flow,
// every layer is a band as deep as its deepest vertex.
namespace LayeredPlacement {

void placeAcross(LayeredGraph& g, double gap, int rounds);
// Start of each layer's band along the flow, and each band's depth.
std::vector<double> bandStarts(const LayeredGraph& g, double layerGap, std::vector<double>& depths);

} // namespace LayeredPlacement

} // namespace runlens
