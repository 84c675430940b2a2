#pragma once

#include "runlens/diagram/Diagram.h"

namespace runlens {

class DiagramDocument;

// How big a node must be for its text: a node never cuts its title. A box's title
// wraps onto up to kMaxTitleLines lines; when that is not enough the box widens (up to
// kMaxWidth), and past that it grows taller. Boxes always keep room for the live row
// (status, metric, sparkline) so binding a run never squeezes the title. Notes grow
// taller to hold their text, group headers wider. Sizes only grow, to whole grid steps
// (20 units).
//
// Core has no fonts, so this is the rule a document is given (install), the rule the
// editor lays templates out with, and what exports and reports draw.
namespace DiagramNodeFit {
inline constexpr int kMaxTitleLines = 3;
inline constexpr double kMaxWidth = 360;

// node.size, grown where its text (or its ports) need more room.
DiagramSize fitted(const DiagramNode& node);
// Every node of d at its fitted size.
void fitAll(Diagram& d);
// The document keeps every node at its fitted size, in every edit and on reset.
void install(DiagramDocument& document);
} // namespace DiagramNodeFit

} // namespace runlens
