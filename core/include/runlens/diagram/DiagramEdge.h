#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace runlens {

// One end of an edge: a node and one of its ports (an output at the start, an input
// at the end).
struct DiagramEdgeEnd {
    std::string node;
    std::string port;
    bool operator==(const DiagramEdgeEnd&) const = default;
};

// A directed connection between two ports; the editor draws an arrowhead at `to`.
struct DiagramEdge {
    enum class Routing { Orthogonal, Curved };

    std::string id;
    DiagramEdgeEnd from;
    DiagramEdgeEnd to;
    std::string label;
    Routing routing = Routing::Orthogonal;

    bool touches(const std::string& nodeId) const { return from.node == nodeId || to.node == nodeId; }
    bool operator==(const DiagramEdge&) const = default;
};

std::string_view toString(DiagramEdge::Routing routing);
std::optional<DiagramEdge::Routing> parseDiagramEdgeRouting(std::string_view name);

} // namespace runlens
