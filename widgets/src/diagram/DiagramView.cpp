#include "diagram/DiagramView.h"

#include "diagram/DiagramHit.h"
#include "diagram/DiagramInteraction.h"
#include "diagram/DiagramMime.h"
#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramScene.h"
#include "common/RunIdsMime.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace runlens {

namespace {

std::optional<DiagramNodeKind> droppedKind(const QMimeData* data)
{
    if (!data || !data->hasFormat(DiagramMime::kindType()))
        return std::nullopt;
    return parseDiagramNodeKind(data->data(DiagramMime::kindType()).toStdString());
}

QStringList droppedFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

DiagramView::DiagramView(DiagramScene* scene, QWidget* parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Minimal updates: moving one node repaints its neighbourhood, not the viewport.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setToolTip(QString());
    updateSceneRect();
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double z)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    if (std::abs(z - zoom()) < 1e-9)
        return;
    const double f = z / zoom();
    scale(f, f);
    emit zoomChanged(zoom());
}

void DiagramView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::fitDiagram()
{
    updateSceneRect();
    const QRectF bounds = m_scene->diagramBounds();
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    else if (zoom() < kMinZoom)
        setZoom(kMinZoom);
    centerOn(bounds.center());
    emit zoomChanged(zoom());
}

double DiagramView::hitReach() const
{
    // The transform may scale x and y alike only (zoom), so m11 is the scale.
    return kHitPixels / std::max(1e-9, zoom());
}

void DiagramView::showReadably()
{
    // Hidden (a dock not opened yet), the viewport has no size to fit into.
    m_showReadablyWhenShown = !isVisible();
    if (m_scene->nodeItemCount() == 0) {
        setZoom(1.0);
        centerOn(m_scene->diagramBounds().center());
        return;
    }
    fitDiagram();
    if (zoom() >= kReadableZoom)
        return;
    setZoom(kReadableZoom);
    const QRectF bounds = m_scene->diagramBounds();
    const QRectF visible = visibleSceneRect();
    centerOn(bounds.left() + visible.width() / 2, bounds.top() + visible.height() / 2);
}

QRectF DiagramView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void DiagramView::updateSceneRect()
{
    const QRectF r = m_scene->diagramBounds();
    const double m = std::max(1000.0, std::max(r.width(), r.height()) * 0.5);
    m_scene->setSceneRect(r.adjusted(-m, -m, m, m));
}

void DiagramView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_showReadablyWhenShown)
        QMetaObject::invokeMethod(this, &DiagramView::showReadably, Qt::QueuedConnection);
}

void DiagramView::drawBackground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawBackground(painter, rect);
    // The snapping grid as dots, skipped when zoomed out so far that it would be a haze.
    const double step = DiagramScene::kGrid * (zoom() < 0.5 ? 5 : 1);
    if (step * zoom() < 8)
        return;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            dots << QPointF(x, y);
    // Square 2-pixel dots without antialiasing: thousands of them cost next to nothing.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(QColor(0xc5, 0xcb, 0xd3), 2);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::SquareCap);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), int(dots.size()));
    painter->restore();
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // The scene point under the cursor stays under it: zoom about the centre, then pan
    // by however far that point moved.
    const QPointF at = event->position();
    const QPointF before = mapToScene(at.toPoint());
    zoomBy(std::pow(1.15, steps));
    const QPointF after = mapToScene(at.toPoint());
    centerOn(mapToScene(viewport()->rect().center()) - (after - before));
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (beginGesture(event) || selectNearEdge(event))
        return;
    QGraphicsView::mousePressEvent(event);
}

bool DiagramView::beginGesture(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_scene->isEditingText())
        return false;
    const QPointF at = mapToScene(event->position().toPoint());
    const DiagramHit hit = DiagramHit::at(*m_scene, at, hitReach());
    if (hit.kind == DiagramHit::Kind::Port)
        m_scene->interaction().beginConnect(hit.id, hit.output, hit.port, at);
    else if (hit.kind == DiagramHit::Kind::Resize)
        m_scene->interaction().beginResize(hit.id, at);
    else
        return false;
    m_gesture = true;
    event->accept();
    return true;
}

bool DiagramView::selectNearEdge(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_scene->isEditingText())
        return false;
    const QPoint pos = event->position().toPoint();
    const DiagramHit hit = DiagramHit::at(*m_scene, mapToScene(pos), hitReach());
    auto* edge = hit.kind == DiagramHit::Kind::Edge ? m_scene->edgeItem(hit.id) : nullptr;
    // On the line itself (or on a box or label) the items decide, as usual; a lane
    // under the edge gives way to it.
    if (!edge || !underIsEmptyOrLane(pos))
        return false;
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (!toggle)
        m_scene->clearSelection();
    edge->setSelected(!toggle || !edge->isSelected());
    event->accept();
    return true;
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    const QPointF at = mapToScene(event->position().toPoint());
    if (m_gesture) {
        // Escape may have ended it.
        m_gesture = m_scene->interaction().isViewGesture();
        if (m_gesture) {
            m_scene->interaction().moveTo(at);
            event->accept();
            return;
        }
    }
    if (event->buttons() == Qt::NoButton)
        updateCursor(at);
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        updateSceneRect();
        return;
    }
    if (m_gesture && event->button() == Qt::LeftButton) {
        m_gesture = false;
        m_scene->interaction().finish(mapToScene(event->position().toPoint()), hitReach());
        event->accept();
        updateSceneRect();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    updateSceneRect();
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // A double click near an edge edits its label, as one on the line does.
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && underIsEmptyOrLane(pos) && !m_scene->isEditingText()) {
        const DiagramHit hit = DiagramHit::at(*m_scene, mapToScene(pos), hitReach());
        if (hit.kind == DiagramHit::Kind::Edge) {
            emit m_scene->edgeDoubleClicked(QString::fromStdString(hit.id));
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool DiagramView::underIsEmptyOrLane(QPoint viewPos) const
{
    QGraphicsItem* under = itemAt(viewPos);
    auto* node = qgraphicsitem_cast<DiagramNodeItem*>(under);
    return !under || (node && node->node().kind == DiagramNodeKind::Group);
}

void DiagramView::updateCursor(QPointF scenePos)
{
    if (m_spaceHeld)
        return;
    switch (DiagramHit::at(*m_scene, scenePos, hitReach()).kind) {
    case DiagramHit::Kind::Port: viewport()->setCursor(Qt::CrossCursor); break;
    case DiagramHit::Kind::Resize: viewport()->setCursor(Qt::SizeFDiagCursor); break;
    default: viewport()->unsetCursor(); break;
    }
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (m_scene->isEditingText()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    // Arrow keys move the selection one grid step, or one unit with Shift.
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 1 : DiagramScene::kGrid;
    double dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -step; break;
    case Qt::Key_Right: dx = step; break;
    case Qt::Key_Up: dy = -step; break;
    case Qt::Key_Down: dy = step; break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    if (!m_scene->selectedNodeIds().empty()) {
        emit nudgeRequested(dx, dy);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

bool DiagramView::acceptsDrag(const QMimeData* data) const
{
    return droppedKind(data) || RunIdsMime::canRead(data) || !droppedFiles(data).isEmpty();
}

void DiagramView::markDropTarget(const QMimeData* data, QPoint viewPos)
{
    std::string target;
    if (RunIdsMime::canRead(data)) {
        for (QGraphicsItem* it : items(viewPos)) {
            if (auto* node = qgraphicsitem_cast<DiagramNodeItem*>(it)) {
                target = node->id();
                break;
            }
        }
    }
    m_scene->setDropTarget(target);
}

void DiagramView::dragEnterEvent(QDragEnterEvent* event)
{
    if (!acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    markDropTarget(event->mimeData(), event->position().toPoint());
}

void DiagramView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!acceptsDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    markDropTarget(event->mimeData(), event->position().toPoint());
}

void DiagramView::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_scene->setDropTarget({});
    event->accept();
}

void DiagramView::dropEvent(QDropEvent* event)
{
    m_scene->setDropTarget({});
    const QMimeData* data = event->mimeData();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (auto kind = droppedKind(data))
        emit kindDropped(*kind, scenePos);
    else if (QStringList ids = RunIdsMime::read(data); !ids.isEmpty())
        emit runsDropped(ids, scenePos);
    else if (QStringList files = droppedFiles(data); !files.isEmpty())
        emit filesDropped(files);
    else {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

} // namespace runlens
