#pragma once

#include "runlens/diagram/DiagramGeometry.h"

namespace runlens {

// How LayeredLayout arranges a diagram. Gaps are in scene units.
struct LayoutOptions {
    enum class Direction { LeftToRight, RightToLeft, TopToBottom, BottomToTop };

    Direction direction = Direction::LeftToRight;
    double layerGap = 80;      // between neighbouring layers (columns when left to right)
    double nodeGap = 30;       // between neighbouring nodes of one layer
    double groupPadding = 20;  // around the members of a group
    double groupHeader = 30;   // room for a group's title above its members
    double grid = 10;          // positions snap to multiples of it (if nodeGap is larger)
    int sweeps = 12;           // crossing-reduction passes at most (each down and up)
    DiagramPoint origin;       // top-left corner of the laid-out drawing
};

} // namespace runlens
