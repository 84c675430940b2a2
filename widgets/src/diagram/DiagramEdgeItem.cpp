#include "diagram/DiagramEdgeItem.h"

#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace runlens {

namespace {

const QColor kLine(0x60, 0x6a, 0x75);
const QColor kSelection(0x1e, 0x88, 0xe5);
constexpr double kArrow = 9;
constexpr double kStub = 18; // straight run out of a port before the first bend

const QFont& labelFont()
{
    static const QFont f = [] {
        QFont font;
        font.setPixelSize(11);
        return font;
    }();
    return f;
}

} // namespace

DiagramEdgeItem::DiagramEdgeItem(const DiagramEdge& edge) : m_edge(edge)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void DiagramEdgeItem::setEdge(const DiagramEdge& edge)
{
    m_edge = edge;
    rebuild();
}

void DiagramEdgeItem::setEnds(QPointF from, QPointF to)
{
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    m_from = from;
    m_to = to;
    rebuild();
}

QPainterPath DiagramEdgeItem::route(QPointF from, QPointF to, DiagramEdge::Routing routing)
{
    QPainterPath path(from);
    // The arrowhead covers the last kArrow units; the line stops at its base.
    const QPointF end(to.x() - kArrow, to.y());
    if (routing == DiagramEdge::Routing::Curved) {
        const double bend = std::max(40.0, std::abs(end.x() - from.x()) / 2);
        path.cubicTo(from + QPointF(bend, 0), end - QPointF(bend, 0), end);
        return path;
    }
    if (end.x() - from.x() >= 2 * kStub || std::abs(end.y() - from.y()) < 0.5) {
        const double midX = (from.x() + end.x()) / 2;
        path.lineTo(midX, from.y());
        path.lineTo(midX, end.y());
        path.lineTo(end);
        return path;
    }
    // The target is behind the source: leave right, go round between them, enter from the left.
    const double midY = (from.y() + end.y()) / 2;
    path.lineTo(from.x() + kStub, from.y());
    path.lineTo(from.x() + kStub, midY);
    path.lineTo(end.x() - kStub, midY);
    path.lineTo(end.x() - kStub, end.y());
    path.lineTo(end);
    return path;
}

QPolygonF DiagramEdgeItem::arrowHead() const
{
    // Always enters horizontally from the left: both routings end with a horizontal run.
    return QPolygonF({m_to, m_to + QPointF(-kArrow, -kArrow / 2), m_to + QPointF(-kArrow, kArrow / 2)});
}

QRectF DiagramEdgeItem::labelRect() const
{
    const QPointF mid = m_path.isEmpty() ? m_from : m_path.pointAtPercent(0.5);
    const QFontMetricsF fm(labelFont());
    const QString text = m_edge.label.empty() ? QStringLiteral("M") : QString::fromStdString(m_edge.label);
    const double w = std::min(240.0, fm.horizontalAdvance(text) + 10);
    const double h = fm.height() + 4;
    return {mid.x() - w / 2, mid.y() - h / 2, w, h};
}

void DiagramEdgeItem::rebuild()
{
    prepareGeometryChange();
    m_line = route(m_from, m_to, m_edge.routing);
    m_path = m_line;
    m_path.lineTo(m_to);
    m_bounds = m_path.boundingRect().adjusted(-kArrow, -kArrow, kArrow, kArrow);
    if (!m_edge.label.empty())
        m_bounds |= labelRect().adjusted(-2, -2, 2, 2);
    update();
}

QRectF DiagramEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath DiagramEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(m_path);
    if (!m_edge.label.empty())
        s.addRect(labelRect());
    return s;
}

void DiagramEdgeItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    const auto* scene = static_cast<DiagramScene*>(this->scene());
    const bool marked = !(scene && scene->isExporting()) && (isSelected() || m_hovered);
    const QColor color = marked ? kSelection : kLine;
    // Far out, a hairline without antialiasing: hundreds of edges stay cheap and crisp.
    const bool detailed = lod >= DiagramNodePainter::kDetailThreshold;
    p->setRenderHint(QPainter::Antialiasing, detailed);
    p->setPen(detailed ? QPen(color, isSelected() && marked ? 2.4 : 1.6, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin)
                       : QPen(color, 0));
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_line);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(arrowHead());
    if (m_edge.label.empty() || !detailed)
        return;
    const QRectF r = labelRect();
    p->setPen(QPen(QColor(0xcf, 0xd4, 0xda), 1));
    p->setBrush(Qt::white);
    p->drawRoundedRect(r, 3, 3);
    p->setFont(labelFont());
    p->setPen(QColor(0x37, 0x47, 0x4f));
    const QString text = QString::fromStdString(m_edge.label);
    p->drawText(r, Qt::AlignCenter, QFontMetricsF(p->font()).elidedText(text, Qt::ElideRight, r.width() - 6));
}

void DiagramEdgeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (auto* s = dynamic_cast<DiagramScene*>(scene()))
        emit s->edgeDoubleClicked(QString::fromStdString(m_edge.id));
    event->accept();
}

void DiagramEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = true;
    update();
}

void DiagramEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    m_hovered = false;
    update();
}

} // namespace runlens
