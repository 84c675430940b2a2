#pragma once

#include "runlens/diagram/DiagramNode.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include <string>

class QPainter;

namespace runlens {

struct DiagramLiveState;

// Draws one diagram node in its own coordinates (top-left at 0,0) and says where its
// parts are. The canvas items, exports and the PDF report all draw through here, so a
// node looks the same everywhere. Sizes are in scene units; fonts use pixel sizes so
// that text scales with the drawing on any device.
class DiagramNodePainter {
    Q_DECLARE_TR_FUNCTIONS(DiagramNodePainter)

public:
    struct Flags {
        bool selected = false;
        bool hovered = false;
        bool dropTarget = false; // runs are being dragged over it
    };

    static constexpr double kPortRadius = 4.5;
    static constexpr double kHandleSize = 9;
    static constexpr double kMinWidth = 60;
    static constexpr double kMinHeight = 30;
    // A bound box shows its live row (status, metric, sparkline) from this height on.
    static constexpr double kLiveMinHeight = 50;

    // Below this scale (device pixels per scene unit) nodes are drawn as plain boxes:
    // 13 px titles would be under 4 px high, and a thousand of them cost a frame.
    static constexpr double kDetailThreshold = 0.3;

    // levelOfDetail: QStyleOptionGraphicsItem::levelOfDetailFromTransform of the painter.
    static void paint(QPainter& painter, const DiagramNode& node, const DiagramLiveState* live, Flags flags,
                      double levelOfDetail = 1.0);

    // Port centres in node coordinates: inputs on the left edge, outputs on the right,
    // spread evenly.
    static QPointF inputPos(const DiagramNode& node, int index);
    static QPointF outputPos(const DiagramNode& node, int index);
    static QPointF portPos(const DiagramNode& node, bool output, const std::string& portId);
    // The bottom-right resize grip of a selected node.
    static QRectF resizeHandle(const DiagramNode& node);
    // Where the title is written (and edited in place).
    static QRectF titleRect(const DiagramNode& node, bool hasLive);
    // The room a box or note keeps around its title (with the live row below it when
    // hasLive): what DiagramNodeFit adds to the title's lines.
    static QMarginsF titleMargins(const DiagramNode& node, bool hasLive);
    // The title's lines as paint() sets them; elided says the node was too small for
    // all of them (never for a node at its DiagramNodeFit size).
    struct TitleLines {
        QStringList lines;
        bool elided = false;
    };
    static TitleLines titleLines(const DiagramNode& node, bool hasLive);
    // Everything the node paints, ports and selection outline included.
    static QRectF bounds(const DiagramNode& node);

private:
    static void paintSimplified(QPainter& p, const DiagramNode& node, const DiagramLiveState* live, Flags flags);
    static void paintBox(QPainter& p, const DiagramNode& node, const DiagramLiveState* live, Flags flags);
    static void paintNote(QPainter& p, const DiagramNode& node, Flags flags);
    static void paintGroup(QPainter& p, const DiagramNode& node, Flags flags);
    static void paintLive(QPainter& p, const DiagramNode& node, const DiagramLiveState& live);
    static bool durationInTitleRow(const DiagramNode& node, const DiagramLiveState* live);
    static void paintSparkline(QPainter& p, const QRectF& rect, const DiagramLiveState& live);
    static void paintPorts(QPainter& p, const DiagramNode& node);
    static void paintSelection(QPainter& p, const DiagramNode& node, Flags flags);
};

} // namespace runlens
