#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace runlens {

class DiagramEdgeItem;

// The label of one edge, an item of its own so that it lies above the boxes: an edge
// runs under the nodes it joins, and a label painted by the edge was hidden wherever a
// node covered it ("ained model"). DiagramEdgeItem decides where it goes and how big it
// is (from the text's metrics); this only draws it and passes clicks on to its edge.
// DiagramScene makes and deletes it together with its edge.
class DiagramEdgeLabelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x5246 };

    explicit DiagramEdgeLabelItem(DiagramEdgeItem* edge);

    int type() const override { return Type; }
    DiagramEdgeItem* edgeItem() const { return m_edge; }
    const QStringList& lines() const { return m_lines; }
    // Takes the label's text and place from the edge.
    void sync();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    DiagramEdgeItem* m_edge;
    QRectF m_rect; // scene coordinates (the item stays at 0,0)
    QStringList m_lines;
};

} // namespace runlens
