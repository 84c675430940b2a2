#pragma once

#include "runlens/diagram/DiagramEdge.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

#include <functional>

namespace runlens {

class DiagramEdgeLabelItem;

// The canvas item of one edge: a routed path between two port positions in scene
// coordinates, with an arrowhead at the target. DiagramScene gives it new ends
// whenever a node it touches moves or changes.
//
// Its label is sized from the text's metrics (wrapped, never cut) and placed along the
// route where it covers no node; a DiagramEdgeLabelItem above the boxes draws it.
class DiagramEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x5245 };
    // A label wraps at this width (scene units) and is never wider.
    static constexpr double kLabelWidth = 160;
    static constexpr double kLabelPadding = 5;

    explicit DiagramEdgeItem(const DiagramEdge& edge);

    int type() const override { return Type; }
    const std::string& id() const { return m_edge.id; }
    const DiagramEdge& edge() const { return m_edge; }
    void setEdge(const DiagramEdge& edge);
    void setEnds(QPointF from, QPointF to);
    const QPainterPath& path() const { return m_path; }
    // Where the label sits (scene coordinates), also for editing it in place.
    QRectF labelRect() const;
    // The label's lines as drawn (none for an edge without a label).
    const QStringList& labelLines() const { return m_labelLines; }
    // The size a label takes, from its text's metrics.
    static QSizeF labelSize(const QStringList& lines);
    // Moves the label to the first spot along the route where blocked() is false
    // (nearest the middle first); the middle when there is none.
    void placeLabel(const std::function<bool(const QRectF&)>& blocked);
    void setLabelItem(DiagramEdgeLabelItem* label);

    // The route from an output port to an input port: orthogonal (horizontal, vertical,
    // horizontal, with detours around when the target lies behind the source) or a
    // cubic curve leaving and entering horizontally.
    static QPainterPath route(QPointF from, QPointF to, DiagramEdge::Routing routing);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
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
    QStringList m_labelLines;
    QPointF m_labelCentre;
    DiagramEdgeLabelItem* m_label = nullptr; // owned by the scene
    bool m_hovered = false;
};

} // namespace runlens
