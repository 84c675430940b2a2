#include "diagram/DiagramNodeItem.h"

#include "diagram/DiagramInteraction.h"
#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace runlens {

DiagramNodeItem::DiagramNodeItem(const DiagramNode& node) : m_node(node)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setPos(node.position.x, node.position.y);
    updateZ();
    updateToolTip();
}

void DiagramNodeItem::setNode(const DiagramNode& node)
{
    if (node.size != m_node.size || node.inputs.size() != m_node.inputs.size() ||
        node.outputs.size() != m_node.outputs.size())
        prepareGeometryChange();
    m_node = node;
    setPos(node.position.x, node.position.y);
    updateZ();
    updateToolTip();
    update();
}

void DiagramNodeItem::setLive(const DiagramLiveState& live)
{
    if (live == m_live)
        return;
    m_live = live;
    updateToolTip();
    update();
}

void DiagramNodeItem::setDropTarget(bool on)
{
    if (on == m_dropTarget)
        return;
    m_dropTarget = on;
    update();
}

QPointF DiagramNodeItem::portScenePos(bool output, const std::string& portId) const
{
    return mapToScene(DiagramNodePainter::portPos(m_node, output, portId));
}

QRectF DiagramNodeItem::boundingRect() const
{
    return DiagramNodePainter::bounds(m_node);
}

QPainterPath DiagramNodeItem::shape() const
{
    QPainterPath path;
    path.addRect(nodeRect());
    const double r = DiagramNodePainter::kPortRadius + 2;
    for (int i = 0; i < int(m_node.inputs.size()); ++i)
        path.addEllipse(DiagramNodePainter::inputPos(m_node, i), r, r);
    for (int i = 0; i < int(m_node.outputs.size()); ++i)
        path.addEllipse(DiagramNodePainter::outputPos(m_node, i), r, r);
    if (isSelected())
        path.addRect(DiagramNodePainter::resizeHandle(m_node));
    return path;
}

void DiagramNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const auto* s = diagramScene();
    const bool exporting = s && s->isExporting();
    DiagramNodePainter::Flags flags;
    flags.selected = isSelected() && !exporting;
    flags.hovered = m_hovered && !exporting;
    flags.dropTarget = m_dropTarget && !exporting;
    DiagramNodePainter::paint(*painter, m_node, &m_live, flags,
                              option->levelOfDetailFromTransform(painter->worldTransform()));
}

DiagramScene* DiagramNodeItem::diagramScene() const
{
    return qobject_cast<DiagramScene*>(scene());
}

void DiagramNodeItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (auto* s = diagramScene())
        s->interaction().press(this, event);
    QGraphicsItem::mousePressEvent(event);
}

void DiagramNodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    // Not QGraphicsItem's: items never move themselves, the document moves them.
    if (auto* s = diagramScene())
        s->interaction().move(this, event);
}

void DiagramNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (auto* s = diagramScene())
        s->interaction().release(this, event);
    QGraphicsItem::mouseReleaseEvent(event);
}

void DiagramNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (auto* s = diagramScene())
        emit s->nodeDoubleClicked(QString::fromStdString(m_node.id));
    event->accept();
}

void DiagramNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    // The cursor is the view's (what a press would do, with its zoom's reach).
    m_hovered = true;
    update();
}

void DiagramNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = false;
    update();
}

void DiagramNodeItem::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    // The scene shows one menu for nodes, edges and empty space.
    event->ignore();
}

void DiagramNodeItem::updateToolTip()
{
    if (!m_live.toolTip.isEmpty()) {
        setToolTip(m_live.toolTip);
        return;
    }
    const QString title = QString::fromStdString(m_node.title).toHtmlEscaped();
    setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(title, DiagramKindStyle::name(m_node.kind)));
}

void DiagramNodeItem::updateZ()
{
    // Lanes lie under edges, edges under boxes; ties keep the diagram's order.
    setZValue(m_node.kind == DiagramNodeKind::Group ? 0 : 2);
}

} // namespace runlens
