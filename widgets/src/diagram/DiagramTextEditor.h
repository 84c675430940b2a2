#pragma once

#include <QGraphicsTextItem>

#include <string>

namespace runlens {

// The in-place editor of a node title or an edge label: a text item laid over the text
// it edits. It does not touch the document itself; DiagramScene::finishTextEdit reads
// its text and commits it as one undoable edit.
class DiagramTextEditor : public QGraphicsTextItem {
    Q_OBJECT
public:
    enum class Target { NodeTitle, EdgeLabel };

    DiagramTextEditor(Target target, std::string id, const QString& text, const QRectF& sceneRect, bool multiLine,
                      const QFont& font);

    Target target() const { return m_target; }
    const std::string& targetId() const { return m_id; }
    QString text() const { return toPlainText(); }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void finish(bool commit);

    Target m_target;
    std::string m_id;
    bool m_multiLine;
};

} // namespace runlens
