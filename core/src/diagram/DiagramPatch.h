#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/DiagramChange.h"

#include <optional>
#include <string>
#include <vector>

namespace runlens {

class DiagramIndex;

// One item's state before and after an edit: no `before` = added, no `after` =
// removed. Indices are the item's place in the list before/after, so an undo puts a
// removed item back exactly where it was.
template <class T>
struct DiagramItemChange {
    std::optional<T> before;
    std::optional<T> after;
    std::size_t beforeIndex = 0;
    std::size_t afterIndex = 0;
};

// The name and source run, the diagram's only editable fields besides its items.
struct DiagramHeader {
    std::string name;
    std::string sourceRun;
    bool operator==(const DiagramHeader&) const = default;
};

// Every edit of a diagram as data: the items it touches with their old and new
// states. Applying it forwards redoes the edit, backwards undoes it, so one generic
// command (DiagramCommand) serves every operation — the idea of Tiled's ChangeValue
// template, with nodeeditor's "keep the whole item to re-insert it on undo".
class DiagramPatch {
public:
    std::vector<DiagramItemChange<DiagramNode>> nodes;
    std::vector<DiagramItemChange<DiagramEdge>> edges;
    std::optional<DiagramHeader> headerBefore;
    std::optional<DiagramHeader> headerAfter;

    bool isEmpty() const { return nodes.empty() && edges.empty() && !headerAfter; }
    // Only changes items in place (moves, resizes, texts): such patches can merge.
    bool changesOnly() const;
    // True when applying it would change nothing.
    bool isIdentity() const;
    std::size_t itemCount() const { return nodes.size() + edges.size(); }

    // Applies the patch and returns what changed, in DiagramChange's documented order.
    // The diagram must be in the patch's "before" state (the "after" one backwards).
    std::vector<DiagramChange> apply(Diagram& d, DiagramIndex& index, bool forward) const;
    // Merges a following patch that changes the very same items in place.
    bool mergeWith(const DiagramPatch& next);

    // The patch that turns before into after (same uuid). Items that keep existing
    // should keep their relative order; if they do not, they are removed and re-added.
    static DiagramPatch diff(const Diagram& before, const Diagram& after);
};

} // namespace runlens
