#pragma once

#include "diagram/DiagramLiveState.h"

#include "runlens/diagram/DiagramChange.h"
#include "runlens/diagram/DiagramEdge.h"

#include <QGraphicsScene>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace runlens {

class DiagramDocument;
class DiagramEdgeItem;
class DiagramEdgeLabelItem;
class DiagramInteraction;
class DiagramNodeItem;
class DiagramTextEditor;

// The canvas of a diagram document, built only from the document's change events (as
// nodeeditor's scene is built from its model): items are created, updated and removed
// when the document says so, never the other way round. Mouse gestures on items go
// through DiagramInteraction, which turns them into document edits.
//
// The scene also keeps each node's live run state (DiagramRunBinder fills it), so that
// nodes recreated by undo show it again, and draws the diagram for exports.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr double kGrid = 20;

    explicit DiagramScene(DiagramDocument* document, QObject* parent = nullptr);
    ~DiagramScene() override;

    DiagramDocument* document() const { return m_document; }
    DiagramInteraction& interaction() { return *m_interaction; }
    DiagramNodeItem* nodeItem(const std::string& id) const;
    DiagramEdgeItem* edgeItem(const std::string& id) const;
    int nodeItemCount() const { return int(m_nodes.size()); }
    int edgeItemCount() const { return int(m_edges.size()); }

    // Selected ids in diagram order.
    std::vector<std::string> selectedNodeIds() const;
    std::vector<std::string> selectedEdgeIds() const;
    void select(const std::vector<std::string>& nodeIds, const std::vector<std::string>& edgeIds = {});
    void selectEverything();

    void setLiveState(const std::string& nodeId, const DiagramLiveState& state);
    const DiagramLiveState* liveState(const std::string& nodeId) const;
    void clearLiveStates();

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snap(QPointF p) const;
    double snap(double v) const;
    DiagramEdge::Routing defaultRouting() const { return m_routing; }
    void setDefaultRouting(DiagramEdge::Routing routing) { m_routing = routing; }
    // Marks the node under a drag of runs (or none with "").
    void setDropTarget(const std::string& nodeId);

    // The drawing's extent with a margin: what exports and "fit to view" show.
    QRectF diagramBounds() const;
    // Draws source (diagramBounds() when null) into target keeping the aspect ratio,
    // without selection or hover marks: the same item code that paints the screen.
    void renderDiagram(QPainter& painter, const QRectF& target, const QRectF& source = {});
    bool isExporting() const { return m_exporting; }

    // Edits a node's title or an edge's label in place; Enter (or clicking elsewhere)
    // commits through the document, Escape cancels.
    void editNodeText(const std::string& nodeId);
    void editEdgeLabel(const std::string& edgeId);
    bool isEditingText() const { return m_editor != nullptr; }
    void finishTextEdit(bool commit);

signals:
    void nodeDoubleClicked(const QString& nodeId);
    void edgeDoubleClicked(const QString& edgeId);
    // Right click: on a node or edge (selected first when it was not) or on empty space.
    void contextMenuRequested(const QPoint& screenPos, const QPointF& scenePos);
    // An edit from a gesture was refused by the document (the message is core's).
    void editFailed(const QString& message);
    void headerChanged();
    // After every change the document reported (views refresh, the binder re-resolves).
    void documentChanged(const runlens::DiagramChange& change);

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onChange(const DiagramChange& change);
    void rebuild();
    // The items of a change's ids: NodesAdded / EdgesAdded, NodesRemoved / EdgesRemoved.
    void addItems(const DiagramChange& change);
    void removeItems(const DiagramChange& change);
    void updateNodeItems(const DiagramChange& change);
    void updateEdgeItems(const std::vector<std::string>& ids);
    void addNodeItem(const std::string& id);
    void addEdgeItem(const std::string& id);
    void removeNodeItem(const std::string& id);
    void removeEdgeItem(const std::string& id);
    void routeEdge(DiagramEdgeItem* item);
    void routeEdgesOf(const std::vector<std::string>& nodeIds);
    // True when rect would cover a box (lanes do not count): where a label should not go.
    bool coversNode(const QRectF& rect) const;
    void closeEditorFor(const std::vector<std::string>& ids);

    DiagramDocument* m_document;
    int m_listener = 0;
    std::unique_ptr<DiagramInteraction> m_interaction;
    std::unordered_map<std::string, DiagramNodeItem*> m_nodes;
    std::unordered_map<std::string, DiagramEdgeItem*> m_edges;
    std::unordered_map<std::string, DiagramEdgeLabelItem*> m_labels; // by edge id
    std::unordered_map<std::string, DiagramLiveState> m_live;
    DiagramTextEditor* m_editor = nullptr;
    std::string m_dropTarget;
    bool m_snap = true;
    bool m_exporting = false;
    DiagramEdge::Routing m_routing = DiagramEdge::Routing::Orthogonal;
};

} // namespace runlens
