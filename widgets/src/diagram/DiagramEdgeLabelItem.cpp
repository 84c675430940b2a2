#include "diagram/DiagramEdgeLabelItem.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramText.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace runlens {

namespace {

const QColor kBorder(0xcf, 0xd4, 0xda);
const QColor kSelection(0x1e, 0x88, 0xe5);
const QColor kText(0x37, 0x47, 0x4f);

} // namespace

DiagramEdgeLabelItem::DiagramEdgeLabelItem(DiagramEdgeItem* edge) : m_edge(edge)
{
    // Above the boxes (2), below the rubber line (50) and the text editor (100).
    setZValue(3);
    sync();
}

void DiagramEdgeLabelItem::sync()
{
    const QRectF rect = m_edge->labelRect();
    const QStringList lines = m_edge->labelLines();
    setVisible(!lines.isEmpty());
    if (rect == m_rect && lines == m_lines) {
        update();
        return;
    }
    prepareGeometryChange();
    m_rect = rect;
    m_lines = lines;
}

QRectF DiagramEdgeLabelItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void DiagramEdgeLabelItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    // Far out the label would be a smudge over its edge, as node titles are.
    if (option->levelOfDetailFromTransform(p->worldTransform()) < DiagramNodePainter::kDetailThreshold)
        return;
    const auto* s = static_cast<DiagramScene*>(scene());
    const bool marked = m_edge->isSelected() && !(s && s->isExporting());
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(marked ? kSelection : kBorder, 1));
    p->setBrush(Qt::white);
    p->drawRoundedRect(m_rect, 3, 3);
    p->setFont(DiagramText::labelFont());
    p->setPen(kText);
    DiagramText::draw(*p, m_rect.adjusted(DiagramEdgeItem::kLabelPadding, 2, -DiagramEdgeItem::kLabelPadding, -2),
                      m_lines, true);
}

void DiagramEdgeLabelItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    // A click on the label is a click on its edge.
    if (event->button() == Qt::LeftButton) {
        if (!(event->modifiers() & Qt::ControlModifier) && scene())
            scene()->clearSelection();
        m_edge->setSelected(!(event->modifiers() & Qt::ControlModifier) || !m_edge->isSelected());
    }
    event->accept();
}

void DiagramEdgeLabelItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (auto* s = qobject_cast<DiagramScene*>(scene()))
        emit s->edgeDoubleClicked(QString::fromStdString(m_edge->id()));
    event->accept();
}

} // namespace runlens
