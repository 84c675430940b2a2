#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/layout/LayeredLayout.h"

namespace runlens {

// Core's layered layout with what only the widgets can measure: nodes at their text's
// size (DiagramNodeFit) and columns far enough apart for the widest edge label to sit
// between them instead of on the boxes. Templates, pipeline diagrams made from runs and
// Arrange → Automatic Layout all go through here.
namespace DiagramAutoLayout {
// Default options with the gap between layers widened for the diagram's labels.
LayoutOptions options(const Diagram& diagram);
// The diagram with every node fitted to its text, then laid out with options().
Diagram arranged(Diagram diagram);
} // namespace DiagramAutoLayout

} // namespace runlens
