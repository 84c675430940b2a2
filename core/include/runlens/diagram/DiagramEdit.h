#pragma once

#include <cstddef>
#include <string>

namespace runlens {

// Which operation a DiagramCommand performs: the Qt editor maps it to a translated
// text for its undo menu ("Move %n node(s)"); describe() is the English fallback.
enum class DiagramEdit {
    AddNode,
    AddEdge,
    Remove,
    Move,
    Resize,
    EditText,
    SetKind,
    SetPorts,
    SetBinding,
    SetRouting,
    SetGroup,
    Rename,
    Align,
    Distribute,
    Duplicate,
    Paste,
    Layout,
    Replace, // a whole new state, e.g. a pipeline diagram updated from its run
};

std::string describe(DiagramEdit edit, std::size_t items);

} // namespace runlens
