#pragma once

#include "runlens/diagram/DiagramNodeKind.h"

#include <QGraphicsView>

class QMimeData;

namespace runlens {

class DiagramScene;

// The canvas view: wheel zooms around the cursor, the middle button (or Space + left
// button) pans, a left drag on empty space selects with a rubber band, arrow keys
// nudge the selection. Presses near ports, grips and edges are found here, within
// kHitPixels of the view at any zoom (DiagramHit), and the cursor says what a press
// would do. It accepts drops of palette kinds, of runs (from the runs table)
// and of diagram files, and reports them as signals: the editor decides what they do.
class DiagramView : public QGraphicsView {
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.01;
    static constexpr double kMaxZoom = 4.0;
    // How far (view pixels) a press may miss a port, a grip or an edge.
    static constexpr double kHitPixels = 8;

    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    DiagramScene* diagramScene() const { return m_scene; }
    double zoom() const;
    void setZoom(double zoom);
    void zoomBy(double factor);
    // Shows the whole drawing (never magnified beyond 100 %).
    void fitDiagram();
    // What a diagram opens at: the whole drawing when that is still readable, else its
    // start (the top-left, where a pipeline begins) at kReadableZoom. Fitting a large
    // diagram into a small canvas gave 13 %: grey boxes without titles or ports. An
    // empty diagram opens at 100 %. A view not shown yet does it when it is.
    void showReadably();
    static constexpr double kReadableZoom = 0.6;
    // The visible part of the scene.
    QRectF visibleSceneRect() const;
    // kHitPixels in scene units at the current zoom.
    double hitReach() const;
    // The scene grows as things move; keep room around the drawing for panning.
    void updateSceneRect();

signals:
    void kindDropped(runlens::DiagramNodeKind kind, const QPointF& scenePos);
    void runsDropped(const QStringList& runIds, const QPointF& scenePos);
    void filesDropped(const QStringList& paths);
    void zoomChanged(double zoom);
    // Arrow keys: move the selection by (dx, dy) scene units.
    void nudgeRequested(double dx, double dy);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void showEvent(QShowEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool acceptsDrag(const QMimeData* data) const;
    // Starts a connection or a resize when the press is on a port or a grip.
    bool beginGesture(QMouseEvent* event);
    // Selects an edge the press is near but not on (its item is a thin line).
    bool selectNearEdge(QMouseEvent* event);
    void updateCursor(QPointF scenePos);
    bool underIsEmptyOrLane(QPoint viewPos) const;
    void markDropTarget(const QMimeData* data, QPoint viewPos);

    DiagramScene* m_scene;
    bool m_panning = false;
    bool m_gesture = false; // a connection or resize begun here
    bool m_showReadablyWhenShown = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
};

} // namespace runlens
