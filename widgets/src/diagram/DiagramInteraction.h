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

// Turns mouse gestures on node items into document edits: dragging the selection
// (one merged undo step per drag, snapped to the grid), resizing a node by its grip,
// and connecting an output port to an input port with a rubber line. Items call it
// from their mouse handlers; it never moves an item itself: the document's change
// events do.
class DiagramInteraction {
public:
    explicit DiagramInteraction(DiagramScene* scene);
    ~DiagramInteraction();

    // True when the press started a resize or a connection (the item must not select).
    bool press(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event);
    void move(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event);
    void release(DiagramNodeItem* item, QGraphicsSceneMouseEvent* event);
    bool isActive() const { return m_mode != Mode::None; }
    // Ends a gesture without another edit (Escape, the item went away).
    void cancel();

private:
    enum class Mode { None, Pending, Drag, Resize, Connect };

    void drag(QPointF scenePos);
    void resize(QPointF scenePos);
    void updateRubberLine(QPointF scenePos);
    void connect(QPointF scenePos);
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
