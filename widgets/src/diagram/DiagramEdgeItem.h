#pragma once

#include "runlens/diagram/DiagramEdge.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace runlens {

// The canvas item of one edge: a routed path between two port positions in scene
// coordinates, with an arrowhead at the target and an optional label in the middle.
// DiagramScene gives it new ends whenever a node it touches moves or changes.
class DiagramEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x5245 };

    explicit DiagramEdgeItem(const DiagramEdge& edge);

    int type() const override { return Type; }
    const std::string& id() const { return m_edge.id; }
    const DiagramEdge& edge() const { return m_edge; }
    void setEdge(const DiagramEdge& edge);
    void setEnds(QPointF from, QPointF to);
    const QPainterPath& path() const { return m_path; }
    // Where the label sits (scene coordinates), also for editing it in place.
    QRectF labelRect() const;

    // The route from an output port to an input port: orthogonal (horizontal, vertical,
    // horizontal, with detours around when the target lies behind the source) or a
    // cubic curve leaving and entering horizontally.
    static QPainterPath route(QPointF from, QPointF to, DiagramEdge::Routing routing);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    void rebuild();
    QPolygonF arrowHead() const;

    DiagramEdge m_edge;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_line; // what is stroked: up to the arrowhead's base
    QPainterPath m_path; // the whole route, tip included
    QRectF m_bounds;
    bool m_hovered = false;
};

} // namespace runlens
