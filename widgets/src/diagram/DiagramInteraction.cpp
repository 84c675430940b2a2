#include "diagram/DiagramInteraction.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramHit.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramError.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace runlens {

DiagramInteraction::DiagramInteraction(DiagramScene* scene) : m_scene(scene) {}

DiagramInteraction::~DiagramInteraction()
{
    // The scene deletes its items itself; only forget the rubber line.
    m_rubber = nullptr;
}

bool DiagramInteraction::press(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event)
{
    cancel();
    if (event->button() != Qt::LeftButton)
        return false;
    const DiagramNode& node = item->node();
    m_node = node.id;
    m_pressPos = event->scenePos();
    m_startRect = node.rect();
    m_merging = false;
    m_mode = Mode::Pending;
    return false;
}

void DiagramInteraction::beginConnect(const std::string& nodeId, bool output, const std::string& portId,
                                      QPointF scenePos)
{
    cancel();
    if (!m_scene->nodeItem(nodeId))
        return;
    m_node = nodeId;
    m_pressPos = scenePos;
    m_mode = Mode::Connect;
    m_fromOutput = output;
    m_port = portId;
    m_rubber = new QGraphicsPathItem;
    m_rubber->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.6, Qt::DashLine));
    m_rubber->setZValue(50);
    m_scene->addItem(m_rubber);
    updateRubberLine(scenePos);
}

void DiagramInteraction::beginResize(const std::string& nodeId, QPointF scenePos)
{
    cancel();
    const DiagramNode* node = m_scene->document()->node(nodeId);
    if (!node)
        return;
    m_node = nodeId;
    m_pressPos = scenePos;
    m_startRect = node->rect();
    m_merging = false;
    m_mode = Mode::Resize;
}

void DiagramInteraction::moveTo(QPointF scenePos)
{
    if (m_mode == Mode::Connect)
        updateRubberLine(scenePos);
    else if (m_mode == Mode::Resize)
        resize(scenePos);
}

void DiagramInteraction::finish(QPointF scenePos, double reach)
{
    if (m_mode == Mode::Connect)
        connect(scenePos, reach);
    cancel();
}

void DiagramInteraction::move(DiagramNodeItem*, QGraphicsSceneMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    switch (m_mode) {
    case Mode::Pending:
        if ((event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton)).manhattanLength() <
            QApplication::startDragDistance())
            return;
        m_dragIds = m_scene->selectedNodeIds();
        if (std::find(m_dragIds.begin(), m_dragIds.end(), m_node) == m_dragIds.end())
            m_dragIds = {m_node};
        m_mode = Mode::Drag;
        drag(event->scenePos());
        break;
    case Mode::Drag: drag(event->scenePos()); break;
    // The view drives these two (moveTo).
    case Mode::Resize:
    case Mode::Connect:
    case Mode::None: break;
    }
}

void DiagramInteraction::release(DiagramNodeItem*, QGraphicsSceneMouseEvent*)
{
    if (!isViewGesture())
        cancel();
}

void DiagramInteraction::cancel()
{
    if (m_rubber) {
        m_scene->removeItem(m_rubber);
        delete m_rubber;
        m_rubber = nullptr;
    }
    m_mode = Mode::None;
    m_dragIds.clear();
}

void DiagramInteraction::drag(QPointF scenePos)
{
    const DiagramNode* anchor = m_scene->document()->node(m_node);
    if (!anchor) {
        cancel();
        return;
    }
    // The pressed node follows the mouse (snapped); the rest of the selection keeps
    // its distance to it, so a snapped drag never scatters an unsnapped selection.
    const QPointF wanted = m_scene->snap(QPointF(m_startRect.x, m_startRect.y) + scenePos - m_pressPos);
    const double dx = wanted.x() - anchor->position.x, dy = wanted.y() - anchor->position.y;
    if (dx == 0 && dy == 0)
        return;
    attempt([&] { m_scene->document()->translateNodes(m_dragIds, dx, dy, m_merging); });
    m_merging = true;
}

void DiagramInteraction::resize(QPointF scenePos)
{
    const QPointF delta = scenePos - m_pressPos;
    DiagramRect r = m_startRect;
    const double right = m_scene->snap(r.x + r.width + delta.x());
    const double bottom = m_scene->snap(r.y + r.height + delta.y());
    r.width = std::max(DiagramNodePainter::kMinWidth, right - r.x);
    r.height = std::max(DiagramNodePainter::kMinHeight, bottom - r.y);
    const DiagramNode* node = m_scene->document()->node(m_node);
    if (!node || (node->size.width == r.width && node->size.height == r.height))
        return;
    attempt([&] { m_scene->document()->setNodeGeometry(m_node, r, m_merging); });
    m_merging = true;
}

void DiagramInteraction::updateRubberLine(QPointF scenePos)
{
    auto* item = m_scene->nodeItem(m_node);
    if (!item || !m_rubber)
        return;
    const QPointF port = item->portScenePos(m_fromOutput, m_port);
    QPainterPath path = m_fromOutput ? DiagramEdgeItem::route(port, scenePos, m_scene->defaultRouting())
                                     : DiagramEdgeItem::route(scenePos, port, m_scene->defaultRouting());
    m_rubber->setPath(path);
}

void DiagramInteraction::connect(QPointF scenePos, double reach)
{
    // The drop means what a press there would: a port, or a box (its first port of the
    // right direction). A port of the same direction picks its box.
    const DiagramHit hit = DiagramHit::at(*m_scene, scenePos, reach);
    if ((hit.kind != DiagramHit::Kind::Port && hit.kind != DiagramHit::Kind::Node) || hit.id == m_node)
        return;
    const DiagramNode* other = m_scene->document()->node(hit.id);
    if (!other)
        return;
    std::string port;
    if (hit.kind == DiagramHit::Kind::Port && hit.output != m_fromOutput)
        port = hit.port;
    else if (m_fromOutput && !other->inputs.empty())
        port = other->inputs.front().id;
    else if (!m_fromOutput && !other->outputs.empty())
        port = other->outputs.front().id;
    if (port.empty())
        return;
    DiagramEdge edge;
    edge.from = m_fromOutput ? DiagramEdgeEnd{m_node, m_port} : DiagramEdgeEnd{other->id, port};
    edge.to = m_fromOutput ? DiagramEdgeEnd{other->id, port} : DiagramEdgeEnd{m_node, m_port};
    edge.routing = m_scene->defaultRouting();
    attempt([&] { m_scene->document()->addEdge(edge); });
}

void DiagramInteraction::attempt(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const std::exception& e) {
        cancel();
        emit m_scene->editFailed(QString::fromStdString(e.what()));
    }
}

} // namespace runlens
