#pragma once

#include "runlens/diagram/DiagramBinding.h"
#include "runlens/diagram/DiagramGeometry.h"
#include "runlens/diagram/DiagramNodeKind.h"

#include <string>
#include <vector>

namespace runlens {

// A connection point on a node. Edges name ports by id, so a port can be relabelled
// without touching the edges that use it. Ports are unique per node and direction.
struct DiagramPort {
    std::string id;
    std::string label;
    bool operator==(const DiagramPort&) const = default;
};

// One box of a diagram. The id is stable for the life of the diagram (edges, undo
// commands and the editor's items refer to it); everything else may change.
struct DiagramNode {
    std::string id;
    DiagramNodeKind kind = DiagramNodeKind::Step;
    std::string title;
    DiagramPoint position;          // top-left corner
    DiagramSize size{160, 60};
    std::vector<DiagramPort> inputs;
    std::vector<DiagramPort> outputs;
    DiagramBinding binding;
    std::string metric;             // metric key a bound node shows; "" = none
    std::string group;              // id of the Group node this node sits in; "" = none

    DiagramRect rect() const { return {position.x, position.y, size.width, size.height}; }
    const DiagramPort* input(const std::string& portId) const;
    const DiagramPort* output(const std::string& portId) const;
    bool operator==(const DiagramNode&) const = default;

    // A node of kind with the kind's default ports ("in"/"out") and default size.
    static DiagramNode make(std::string id, DiagramNodeKind kind, std::string title);
};

} // namespace runlens
