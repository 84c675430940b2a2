#include "diagram/DiagramEdgeItem.h"

#include "diagram/DiagramEdgeLabelItem.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramText.h"

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

// Where along the route a label may sit, nearest the middle first.
constexpr double kLabelSpots[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};

QStringList labelLinesOf(const DiagramEdge& edge)
{
    const QString label = QString::fromStdString(edge.label).trimmed();
    return label.isEmpty() ? QStringList() : DiagramText::wrap(label, DiagramText::labelFont(), DiagramEdgeItem::kLabelWidth);
}

} // namespace

DiagramEdgeItem::DiagramEdgeItem(const DiagramEdge& edge) : m_edge(edge)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    m_labelLines = labelLinesOf(edge);
}

void DiagramEdgeItem::setEdge(const DiagramEdge& edge)
{
    m_edge = edge;
    m_labelLines = labelLinesOf(edge);
    rebuild();
}

void DiagramEdgeItem::setLabelItem(DiagramEdgeLabelItem* label)
{
    m_label = label;
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

QSizeF DiagramEdgeItem::labelSize(const QStringList& lines)
{
    const QFont& font = DiagramText::labelFont();
    const double lineHeight = DiagramText::lineHeight(font);
    return {DiagramText::widest(lines, font) + 2 * kLabelPadding,
            lines.size() * lineHeight - QFontMetricsF(font).leading() + 4};
}

QRectF DiagramEdgeItem::labelRect() const
{
    // An edge without a label still has a place for one: where editing puts it.
    const QSizeF size = labelSize(m_labelLines.isEmpty() ? QStringList{QStringLiteral("M")} : m_labelLines);
    QRectF r(QPointF(), size);
    r.moveCenter(m_labelCentre);
    return r;
}

void DiagramEdgeItem::placeLabel(const std::function<bool(const QRectF&)>& blocked)
{
    const QSizeF size = labelSize(m_labelLines);
    m_labelCentre = m_path.isEmpty() ? m_from : m_path.pointAtPercent(0.5);
    if (!m_labelLines.isEmpty() && !m_path.isEmpty()) {
        for (double t : kLabelSpots) {
            QRectF r(QPointF(), size);
            r.moveCenter(m_path.pointAtPercent(t));
            if (!blocked(r)) {
                m_labelCentre = r.center();
                break;
            }
        }
    }
    if (m_label)
        m_label->sync();
}

void DiagramEdgeItem::rebuild()
{
    prepareGeometryChange();
    m_line = route(m_from, m_to, m_edge.routing);
    m_path = m_line;
    m_path.lineTo(m_to);
    m_bounds = m_path.boundingRect().adjusted(-kArrow, -kArrow, kArrow, kArrow);
    // Until the scene places it against the nodes: the middle of the route.
    m_labelCentre = m_path.pointAtPercent(0.5);
    if (m_label)
        m_label->sync();
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
    return stroker.createStroke(m_path);
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
}

QVariant DiagramEdgeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    // The label shows its edge's selection.
    if (change == ItemSelectedHasChanged && m_label)
        m_label->update();
    return QGraphicsItem::itemChange(change, value);
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
