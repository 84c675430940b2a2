#pragma once

#include "runlens/diagram/DiagramGeometry.h"

#include <QPointF>

#include <functional>
#include <string>
#include <vector>

class QGraphicsPathItem;
class QGraphicsSceneMouseEvent;

namespace runlens {

class DiagramNodeItem;
class DiagramScene;

// Turns mouse gestures into document edits: dragging the selection (one merged undo
// step per drag, snapped to the grid), resizing a node by its grip, and connecting an
// output port to an input port with a rubber line. It never moves an item itself: the
// document's change events do.
//
// Drags start on node items (press/move/release from their mouse handlers). Resizes
// and connections start on targets too small for item shapes at low zoom: the view
// finds them (DiagramHit, with a reach in view pixels) and calls begin…/moveTo/finish.
class DiagramInteraction {
public:
    explicit DiagramInteraction(DiagramScene* scene);
    ~DiagramInteraction();

    // A press on a node's body: a drag starts once the mouse moves far enough.
    bool press(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event);
    void move(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event);
    void release(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event);

    void beginConnect(const std::string& nodeId, bool output, const std::string& portId, QPointF scenePos);
    void beginResize(const std::string& nodeId, QPointF scenePos);
    // True while a connection or a resize begun above goes on.
    bool isViewGesture() const { return m_mode == Mode::Connect || m_mode == Mode::Resize; }
    void moveTo(QPointF scenePos);
    // Ends it at scenePos; reach (scene units) is how near a port the drop must be.
    void finish(QPointF scenePos, double reach);
    bool isActive() const { return m_mode != Mode::None; }
    // Ends a gesture without another edit (Escape, the item went away).
    void cancel();

private:
    enum class Mode { None, Pending, Drag, Resize, Connect };

    void drag(QPointF scenePos);
    void resize(QPointF scenePos);
    void updateRubberLine(QPointF scenePos);
    void connect(QPointF scenePos, double reach);
    // Runs a document edit, reporting a refusal through the scene.
    void attempt(const std::function<void()>& edit);

    DiagramScene* m_scene;
    Mode m_mode = Mode::None;
    std::string m_node;         // the pressed node
    QPointF m_pressPos;         // scene position of the press
    DiagramRect m_startRect;    // the pressed node as it was at the press
    std::vector<std::string> m_dragIds;
    bool m_merging = false;     // later moves of a drag continue its undo command
    bool m_fromOutput = true;   // a connection started at an output port
    std::string m_port;
    QGraphicsPathItem* m_rubber = nullptr;
};

} // namespace runlens
