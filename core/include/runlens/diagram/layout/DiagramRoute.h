#pragma once

#include "runlens/diagram/Diagram.h"

#include <optional>
#include <vector>

namespace runlens {

// Where edges attach and how they run, shared by the editor, exports and tests so
// that every drawing of a diagram agrees: inputs sit on a node's left side, outputs on
// its right, evenly spaced in list order.
namespace DiagramRoute {

// The attachment point of a port; nullopt when the node has no such port.
std::optional<DiagramPoint> anchor(const DiagramNode& node, const std::string& portId, bool output);
// The polyline of an orthogonal edge from an output anchor to an input anchor:
// horizontal, vertical at the middle, horizontal; when the target lies to the left,
// the line steps out by `margin` and comes back round.
std::vector<DiagramPoint> orthogonal(DiagramPoint from, DiagramPoint to, double margin = 20);
// The four points of a cubic Bézier curve (start, two controls, end) for a curved
// edge leaving to the right and arriving from the left.
std::vector<DiagramPoint> curved(DiagramPoint from, DiagramPoint to);
// The route of an edge of `diagram`, by its routing (empty if an end is missing).
std::vector<DiagramPoint> route(const Diagram& diagram, const DiagramEdge& edge);

} // namespace DiagramRoute

} // namespace runlens
