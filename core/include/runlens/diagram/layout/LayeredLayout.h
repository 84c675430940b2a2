#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/DiagramGeometry.h"

#include <string>
#include <unordered_map>

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

// Where LayeredLayout puts things: a new top-left corner for every node it placed and
// a new size for every group that encloses members.
struct LayoutResult {
    std::unordered_map<std::string, DiagramPoint> positions;
    std::unordered_map<std::string, DiagramSize> sizes;
    int layers = 0;
    long crossings = 0;     // edge crossings between neighbouring layers (long edges included)
    int dummyVertices = 0;  // bend points added for edges that span several layers
};

// Automatic layered ("Sugiyama") layout, flowing left to right by default:
//  1. cycle breaking: depth-first search from the sources reverses back edges;
//  2. longest-path layering, sources then pulled right next to their first consumer;
//     edges spanning several layers get a chain of dummy vertices;
//  3. crossing reduction: alternating down/up sweeps ordering each layer by the
//     barycenter or median of its neighbours, keeping the order with fewest crossings
//     (counted in O(E log V) with a Fenwick tree);
//  4. coordinates: layers become columns as wide as their widest node; inside a column
//     nodes move towards their neighbours while keeping order and gaps (isotonic
//     regression by pooling adjacent violators), so nodes never overlap.
// Groups with members are not placed themselves: they are sized to enclose them.
// Notes and other unconnected nodes form the first column.
class LayeredLayout {
public:
    static LayoutResult compute(const Diagram& diagram, const LayoutOptions& options = {});
    // The baseline the benchmark compares against: the same layering, nodes stacked in
    // their diagram order, no crossing reduction and no coordinate refinement.
    static LayoutResult naive(const Diagram& diagram, const LayoutOptions& options = {});
    // The diagram with the result's positions and sizes.
    static Diagram applied(const Diagram& diagram, const LayoutResult& result);
};

} // namespace runlens
