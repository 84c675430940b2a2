#pragma once

#include "diagram/DiagramLiveState.h"

#include "runlens/diagram/DiagramNode.h"

#include <QGraphicsItem>

namespace runlens {

class DiagramScene;

// The canvas item of one node. It only mirrors the document (DiagramScene calls
// setNode after every change event) and forwards mouse gestures to the scene, which
// turns them into document edits; it never changes its own position.
class DiagramNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 0x5244 };

    explicit DiagramNodeItem(const DiagramNode& node);

    int type() const override { return Type; }
    const std::string& id() const { return m_node.id; }
    const DiagramNode& node() const { return m_node; }
    void setNode(const DiagramNode& node);
    const DiagramLiveState& live() const { return m_live; }
    void setLive(const DiagramLiveState& live);
    void setDropTarget(bool on);

    // Scene position of a port's centre.
    QPointF portScenePos(bool output, const std::string& portId) const;
    QRectF nodeRect() const { return {0, 0, m_node.size.width, m_node.size.height}; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    DiagramScene* diagramScene() const;
    void updateToolTip();
    void updateZ();

    DiagramNode m_node;
    DiagramLiveState m_live;
    bool m_hovered = false;
    bool m_dropTarget = false;
};

} // namespace runlens
