#pragma once

#include <QString>

namespace runlens {

// Formats the diagram editor reads and writes: the clipboard and .rldiagram files hold
// core's diagram JSON (docs/diagram-format.md); the palette drags a node kind name.
namespace DiagramMime {
inline QString diagramType() { return QStringLiteral("application/x-runlens-diagram"); }
inline QString kindType() { return QStringLiteral("application/x-runlens-diagram-kind"); }
inline QString fileSuffix() { return QStringLiteral("rldiagram"); }
} // namespace DiagramMime

} // namespace runlens
