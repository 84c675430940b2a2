#pragma once

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramNodeKind.h"

#include <QObject>
#include <QPointF>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace runlens {

class DiagramScene;
class DiagramView;
class StoreSession;

// What the editor's actions do to the selection, each as one undoable document edit:
// clipboard (the diagram JSON as application/x-runlens-diagram plus text, so it works
// between diagrams and windows), duplicate, delete, align, distribute, nudge, new
// nodes, binding dropped runs and automatic layout. Refusals come back as failed().
class DiagramEditing : public QObject {
    Q_OBJECT
public:
    DiagramEditing(DiagramScene* scene, DiagramView* view, StoreSession* session, QObject* parent = nullptr);

    bool hasSelection() const;
    bool canPaste() const;

    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    void align(DiagramAlignment alignment);
    void distribute(DiagramDistribution distribution);
    void nudge(double dx, double dy);
    void autoLayout();
    void setKind(DiagramNodeKind kind);
    void setRouting(DiagramEdge::Routing routing);
    // Puts the selected nodes into a group ("" = out of their group).
    void setGroup(const std::string& groupId);
    // A new node of kind centred on scenePos (snapped), inside the group found there.
    std::string addNode(DiagramNodeKind kind, QPointF scenePos);
    // Runs dropped at scenePos: on a node they bind it (to the first run); on empty
    // space each becomes a new step node bound to it. One undo step either way.
    void dropRuns(const QStringList& runIds, QPointF scenePos);

signals:
    void failed(const QString& message);

private:
    // Runs a document edit; a refusal changes nothing and is reported.
    bool attempt(const std::function<void()>& edit);
    QString resolveRun(const QString& idOrPrefix, QString* name = nullptr) const;
    std::string groupAt(QPointF scenePos, const std::string& except = {}) const;

    DiagramScene* m_scene;
    DiagramView* m_view;
    StoreSession* m_session;
    DiagramDocument* m_document;
    int m_pasteCount = 0;      // repeated pastes of one clipboard step further away
    QString m_lastClipboard;
};

} // namespace runlens
