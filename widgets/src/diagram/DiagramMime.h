#pragma once

#include <QString>

namespace runlens {

// Formats the diagram editor reads and writes: the clipboard and .rldiagram files hold
// core's diagram JSON (docs/diagram-format.md); the palette drags a node kind name.
class DiagramMime {
public:
    static QString diagramType() { return QStringLiteral("application/x-runlens-diagram"); }
    static QString kindType() { return QStringLiteral("application/x-runlens-diagram-kind"); }
    static QString fileSuffix() { return QStringLiteral("rldiagram"); }
};

} // namespace runlens
