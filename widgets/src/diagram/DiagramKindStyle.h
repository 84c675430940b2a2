#pragma once

#include "runlens/diagram/DiagramNodeKind.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace runlens {

// How each MLOps node kind looks and is called, in one place: the palette, the canvas,
// exports and reports all use it. Icons are drawn as vector paths (never pixmaps) so
// SVG and PDF exports stay sharp.
class DiagramKindStyle {
    Q_DECLARE_TR_FUNCTIONS(DiagramKindStyle)

public:
    // Every kind in palette order.
    static std::vector<DiagramNodeKind> kinds();
    static QString name(DiagramNodeKind kind);
    static QString description(DiagramNodeKind kind);
    // The kind's accent colour: the node's border and icon.
    static QColor color(DiagramNodeKind kind);
    // Draws the kind's icon in a square box (rect's smaller side) with pen colour color.
    static void paintIcon(QPainter& painter, const QRectF& rect, DiagramNodeKind kind, const QColor& color);
    static QIcon icon(DiagramNodeKind kind, int size = 24);
};

} // namespace runlens
