#include "runlens/diagram/layout/DiagramRoute.h"

#include <algorithm>
#include <cmath>

namespace runlens {

std::optional<DiagramPoint> DiagramRoute::anchor(const DiagramNode& node, const std::string& portId, bool output)
{
    const auto& ports = output ? node.outputs : node.inputs;
    auto it = std::find_if(ports.begin(), ports.end(), [&](const DiagramPort& p) { return p.id == portId; });
    if (it == ports.end())
        return std::nullopt;
    const double slot = static_cast<double>(it - ports.begin()) + 1;
    const double y = node.position.y + node.size.height * slot / static_cast<double>(ports.size() + 1);
    return DiagramPoint{output ? node.position.x + node.size.width : node.position.x, y};
}

std::vector<DiagramPoint> DiagramRoute::orthogonal(DiagramPoint from, DiagramPoint to, double margin)
{
    if (to.x - from.x >= 2 * margin) {
        const double midX = (from.x + to.x) / 2;
        return {from, {midX, from.y}, {midX, to.y}, to};
    }
    // Backwards (a feedback edge): out to the right, across, and in from the left.
    const double midY = (from.y + to.y) / 2;
    return {from, {from.x + margin, from.y}, {from.x + margin, midY}, {to.x - margin, midY}, {to.x - margin, to.y}, to};
}

std::vector<DiagramPoint> DiagramRoute::curved(DiagramPoint from, DiagramPoint to)
{
    const double pull = std::max(40.0, std::fabs(to.x - from.x) / 2);
    return {from, {from.x + pull, from.y}, {to.x - pull, to.y}, to};
}

std::vector<DiagramPoint> DiagramRoute::route(const Diagram& diagram, const DiagramEdge& edge)
{
    const DiagramNode* a = diagram.node(edge.from.node);
    const DiagramNode* b = diagram.node(edge.to.node);
    if (!a || !b)
        return {};
    auto from = anchor(*a, edge.from.port, true);
    auto to = anchor(*b, edge.to.port, false);
    if (!from || !to)
        return {};
    return edge.routing == DiagramEdge::Routing::Curved ? curved(*from, *to) : orthogonal(*from, *to);
}

} // namespace runlens
