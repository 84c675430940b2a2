#include "diagram/DiagramTextEditor.h"

#include "diagram/DiagramScene.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace runlens {

DiagramTextEditor::DiagramTextEditor(Target target, std::string id, const QString& text, const QRectF& sceneRect,
                                     bool multiLine, const QFont& font)
    : m_target(target), m_id(std::move(id)), m_multiLine(multiLine)
{
    setFont(font);
    setPlainText(text);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setTextWidth(std::max(60.0, sceneRect.width()));
    document()->setDocumentMargin(2);
    setPos(sceneRect.topLeft());
    setZValue(100);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all);
}

void DiagramTextEditor::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    painter->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 1.2));
    painter->setBrush(Qt::white);
    painter->drawRect(boundingRect());
    QGraphicsTextItem::paint(painter, option, widget);
}

void DiagramTextEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // Notes take several lines: Shift+Enter breaks the line there, Enter commits everywhere.
    if (enter && !(m_multiLine && (event->modifiers() & Qt::ShiftModifier))) {
        finish(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void DiagramTextEditor::focusOutEvent(QFocusEvent* event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as in other editors; a popup menu or a
    // switch to another window does not end the edit.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void DiagramTextEditor::finish(bool commit)
{
    if (auto* s = qobject_cast<DiagramScene*>(scene()))
        s->finishTextEdit(commit);
}

} // namespace runlens
