#pragma once

#include <string>
#include <vector>

namespace runlens {

// What one edit (or its undo) did to a DiagramDocument, so that views update only the
// items concerned, as Tiled's ChangeEvents do. A document sends, after applying an
// edit completely, in this order: EdgesRemoved, NodesRemoved, NodesChanged,
// EdgesChanged, NodesAdded, EdgesAdded, HeaderChanged — each at most once, listing the
// ids concerned. Reset means "everything changed, rebuild" (a diagram was opened).
struct DiagramChange {
    enum class Type {
        Reset,
        NodesAdded,
        NodesRemoved,
        NodesChanged,
        EdgesAdded,
        EdgesRemoved,
        EdgesChanged,
        HeaderChanged, // name or source run
    };

    // Which properties changed (NodesChanged / EdgesChanged); a bit set.
    enum Field : unsigned {
        Position = 1u << 0,
        Size = 1u << 1,
        Title = 1u << 2,     // node title or edge label
        Kind = 1u << 3,
        Ports = 1u << 4,
        Binding = 1u << 5,   // binding or metric
        Group = 1u << 6,
        Ends = 1u << 7,      // edge endpoints
        Routing = 1u << 8,
    };

    Type type = Type::Reset;
    std::vector<std::string> ids;
    unsigned fields = 0;

    bool has(Field f) const { return (fields & f) != 0; }
};

} // namespace runlens
