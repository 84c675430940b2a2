#include "diagram/DiagramHit.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"

#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace runlens {

namespace {

// Never less than what is drawn: zoomed in, a port is bigger than the reach.
constexpr double kPortReach = DiagramNodePainter::kPortRadius + 4;
constexpr double kGripReach = DiagramNodePainter::kHandleSize / 2 + 2;

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// The port of node nearest to pos (node coordinates) within reach.
DiagramHit nearestPort(const DiagramNodeItem& item, QPointF pos, double reach, double* best)
{
    DiagramHit hit;
    const DiagramNode& n = item.node();
    auto consider = [&](bool output, int i, const std::string& id) {
        const QPointF c = output ? DiagramNodePainter::outputPos(n, i) : DiagramNodePainter::inputPos(n, i);
        const double d = distance(c, pos);
        if (d <= reach && d < *best) {
            *best = d;
            hit = {DiagramHit::Kind::Port, n.id, output, id};
        }
    };
    for (int i = 0; i < int(n.outputs.size()); ++i)
        consider(true, i, n.outputs[std::size_t(i)].id);
    for (int i = 0; i < int(n.inputs.size()); ++i)
        consider(false, i, n.inputs[std::size_t(i)].id);
    return hit;
}

bool onGrip(const DiagramNodeItem& item, QPointF pos, double reach)
{
    if (!item.isSelected())
        return false;
    const QPointF corner = item.nodeRect().bottomRight();
    return std::max(std::abs(pos.x() - corner.x()), std::abs(pos.y() - corner.y())) <= reach;
}

bool isBox(const DiagramNodeItem& item)
{
    return item.node().kind != DiagramNodeKind::Group;
}

// Inside a box its ports and grip own a rim of a quarter of its shorter side, so that
// its middle still drags it; a box too small on screen for a middle (shorter than two
// reaches) is all ports and grip: zoomed far out, connecting is what a press there can do.
double rim(const DiagramNodeItem& item, double reach, double least)
{
    const QRectF r = item.nodeRect();
    const double side = std::min(r.width(), r.height());
    if (side < 2 * reach)
        return reach;
    return std::max(least, std::min(reach, side / 4));
}

// A press inside a box: its port or grip near the press, else the box itself.
DiagramHit onBox(const DiagramNodeItem& node, QPointF pos, double reach)
{
    double best = std::numeric_limits<double>::max();
    if (DiagramHit port = nearestPort(node, pos, rim(node, reach, kPortReach), &best); port.kind == DiagramHit::Kind::Port)
        return port;
    if (onGrip(node, pos, rim(node, reach, kGripReach)))
        return {DiagramHit::Kind::Resize, node.id(), false, {}};
    return {DiagramHit::Kind::Node, node.id(), false, {}};
}

// A press between the boxes: the nearest port, a grip, the nearest edge, then a lane.
DiagramHit betweenBoxes(const QList<QGraphicsItem*>& near, QPointF p, double reach)
{
    DiagramHit found;
    double best = std::numeric_limits<double>::max();
    for (QGraphicsItem* it : near) {
        if (auto* node = qgraphicsitem_cast<DiagramNodeItem*>(it)) {
            if (DiagramHit port = nearestPort(*node, node->mapFromScene(p), reach, &best); port.kind == DiagramHit::Kind::Port)
                found = port;
        }
    }
    if (found.kind == DiagramHit::Kind::Port)
        return found;
    for (QGraphicsItem* it : near) {
        auto* node = qgraphicsitem_cast<DiagramNodeItem*>(it);
        if (node && onGrip(*node, node->mapFromScene(p), reach))
            return {DiagramHit::Kind::Resize, node->id(), false, {}};
    }
    QPainterPathStroker band;
    band.setWidth(2 * reach);
    for (QGraphicsItem* it : near) {
        auto* edge = qgraphicsitem_cast<DiagramEdgeItem*>(it);
        if (edge && band.createStroke(edge->path()).contains(p))
            return {DiagramHit::Kind::Edge, edge->id(), false, {}};
    }
    for (QGraphicsItem* it : near) {
        auto* node = qgraphicsitem_cast<DiagramNodeItem*>(it);
        if (node && node->nodeRect().contains(node->mapFromScene(p)))
            return {DiagramHit::Kind::Node, node->id(), false, {}};
    }
    return {};
}

} // namespace

DiagramHit DiagramHit::at(const DiagramScene& scene, QPointF p, double reach)
{
    reach = std::max(reach, kPortReach);
    const QRectF around(p - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    const QList<QGraphicsItem*> near = scene.items(around, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder);
    // Topmost first: the box the point is on, if any, decides alone.
    for (QGraphicsItem* it : near) {
        auto* node = qgraphicsitem_cast<DiagramNodeItem*>(it);
        if (node && isBox(*node) && node->nodeRect().contains(node->mapFromScene(p)))
            return onBox(*node, node->mapFromScene(p), reach);
    }
    return betweenBoxes(near, p, reach);
}

} // namespace runlens
