#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>
#include <map>

class QAction;
class QKeySequence;
class QMenu;
class QToolBar;

namespace runlens {

class DiagramEditor;

// The editor's actions (with shortcuts, tooltips and enabled states), its toolbar and
// its context menu, kept apart from the editor's document handling. Every action has
// an object name so that windows and tests can find it: DiagramEditor::action(name).
class DiagramEditorActions : public QObject {
    Q_OBJECT
public:
    explicit DiagramEditorActions(DiagramEditor* editor);

    QAction* get(const QString& name) const;
    void fillToolBar(QToolBar* bar);
    void showContextMenu(const QPoint& screenPos, const QPointF& scenePos);
    void updateEnabled();

private:
    QAction* make(const QString& name, const QString& text, const QKeySequence& shortcut, const QString& tip,
                  std::function<void()> slot);
    void buildFileActions();
    void buildEditActions();
    void buildArrangeActions();
    void buildViewActions();
    QMenu* fileMenu();
    QMenu* editMenu();
    QMenu* arrangeMenu();
    QMenu* templatesMenu(QWidget* parent);
    QMenu* kindMenu(QWidget* parent, const QPointF* at);
    QMenu* groupMenu(QWidget* parent);
    void updateZoomText();

    DiagramEditor* m_editor;
    std::map<QString, QAction*> m_actions;
    QAction* m_zoomLabel = nullptr;
};

} // namespace runlens
