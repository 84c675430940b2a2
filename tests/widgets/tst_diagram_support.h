#pragma once
// Shared by the diagram editor tests: small diagrams and synthetic mouse and drop
// events sent straight to the canvas's viewport (offscreen, no window manager).

#include "diagram/DiagramEditor.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramJson.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>

#include <string>

namespace diagramtest {

using namespace runlens;

// source -> train -> evaluate, plus a note.
inline Diagram threeSteps()
{
    Diagram d = Diagram::make("three steps");
    auto add = [&](const char* id, DiagramNodeKind kind, const char* title, double x, double y) {
        DiagramNode n = DiagramNode::make(id, kind, title);
        n.position = {x, y};
        d.nodes.push_back(n);
    };
    add("a", DiagramNodeKind::DataSource, "ingest", 0, 0);
    add("b", DiagramNodeKind::Training, "train", 240, 0);
    add("c", DiagramNodeKind::Evaluation, "evaluate", 480, 100);
    add("note", DiagramNodeKind::Note, "why this pipeline", 0, 200);
    d.edges.push_back({"e1", {"a", "out"}, {"b", "in"}, "rows", DiagramEdge::Routing::Orthogonal});
    d.edges.push_back({"e2", {"b", "out"}, {"c", "in"}, "", DiagramEdge::Routing::Curved});
    return d;
}

inline std::string json(DiagramEditor& e)
{
    return DiagramJson::write(e.document().diagram());
}

// A shown editor at a fixed size with the whole diagram at 100 %.
inline void showAtActualSize(DiagramEditor& e)
{
    e.resize(1200, 800);
    e.show();
    QApplication::processEvents();
    e.view()->setZoom(1.0);
    e.view()->centerOn(e.scene()->diagramBounds().center());
    QApplication::processEvents();
}

inline QPoint viewPos(DiagramEditor& e, QPointF scenePos)
{
    return e.view()->mapFromScene(scenePos);
}

inline void mouse(DiagramEditor& e, QEvent::Type type, QPointF scenePos, Qt::MouseButton button,
                  Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget* vp = e.view()->viewport();
    const QPointF local = viewPos(e, scenePos);
    QMouseEvent ev(type, local, vp->mapToGlobal(local), button, buttons, mods);
    QApplication::sendEvent(vp, &ev);
}

// Press at from, move in steps to `to`, release: a drag as a hand makes it.
inline void drag(DiagramEditor& e, QPointF from, QPointF to, int steps = 6)
{
    mouse(e, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i)
        mouse(e, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton, Qt::LeftButton);
    mouse(e, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

// Drags data over the canvas and drops it at scenePos; returns whether it was accepted.
inline bool drop(DiagramEditor& e, QMimeData* data, QPointF scenePos)
{
    QWidget* vp = e.view()->viewport();
    const QPoint p = viewPos(e, scenePos);
    QDragEnterEvent enter(p, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(p, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QDropEvent dropEvent(p, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &dropEvent);
    return dropEvent.isAccepted();
}

inline QPointF centreOf(DiagramEditor& e, const std::string& nodeId)
{
    const DiagramNode* n = e.document().node(nodeId);
    return {n->position.x + n->size.width / 2, n->position.y + n->size.height / 2};
}

} // namespace diagramtest
