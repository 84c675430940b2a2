#pragma once

#include "runlens/diagram/DiagramEdge.h"
#include "runlens/diagram/DiagramNode.h"

#include <string>
#include <vector>

namespace runlens {

// A pipeline diagram as a plain value: what the JSON format holds. Node and edge order
// is the drawing order (later ones on top) and is kept exactly by every operation and
// its undo. DiagramDocument edits it; DiagramValidator says whether it is well formed.
struct Diagram {
    std::string uuid;      // 32 lower-case hex digits, like run uuids
    std::string name;
    std::string sourceRun; // uuid of the pipeline parent run it was generated from; "" = none
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;

    // Linear lookups for callers that do a few; DiagramDocument keeps an index.
    const DiagramNode* node(const std::string& id) const;
    DiagramNode* node(const std::string& id);
    const DiagramEdge* edge(const std::string& id) const;
    bool operator==(const Diagram&) const = default;

    // An empty diagram with a fresh uuid.
    static Diagram make(std::string name);
};

} // namespace runlens
