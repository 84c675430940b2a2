#pragma once

#include <string>

namespace runlens {

// A connection point on a node. Edges name ports by id, so a port can be relabelled
// without touching the edges that use it. Ports are unique per node and direction.
struct DiagramPort {
    std::string id;
    std::string label;
    bool operator==(const DiagramPort&) const = default;
};

} // namespace runlens
