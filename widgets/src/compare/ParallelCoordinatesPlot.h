#pragma once

#include "compare/CompareGrouping.h"
#include "compare/ParallelCoordinatesData.h"

#include <QWidget>

#include <map>
#include <optional>

namespace runlens {

// The drawing of a parallel-coordinates plot: one vertical axis per param and the
// metric on the right, one line per run in its run colour. Drag along any axis to
// brush a range; runs inside every brush stay coloured, the others turn grey. A click
// on an axis without dragging clears its brush, Escape clears all. Hover a line for
// the run's name and values.
//
// paintEvent and render() share paint(), so the PDF report draws this very plot.
class ParallelCoordinatesPlot : public QWidget {
    Q_OBJECT
public:
    struct Brush {
        double low = 0, high = 1; // axis positions, 0 = bottom, 1 = top
    };

    explicit ParallelCoordinatesPlot(QWidget* parent = nullptr);

    void setData(ParallelCoordinatesData data, RunColorFunction runColor);
    const ParallelCoordinatesData& data() const { return m_data; }
    void render(QPainter& painter, const QRectF& rect) const { paint(painter, rect); }

    // Brushes by axis index, in axis positions (0..1). Setting one emits brushesChanged.
    void setBrush(std::size_t axis, double low, double high);
    // Brush by values of the axis (numbers, or category indices).
    void setBrushValues(std::size_t axis, double low, double high);
    void clearBrush(std::size_t axis);
    void clearBrushes();
    const std::map<std::size_t, Brush>& brushes() const { return m_brushes; }
    // Runs inside every brush; every run when there is no brush.
    QStringList brushedRunIds() const;

    // Geometry, for tests that drag with the mouse: the x of an axis and the y of a
    // position on it, in widget pixels.
    double axisX(std::size_t axis) const;
    double positionY(double position) const;
    QString toolTipAt(const QPointF& pos) const;

    QSize sizeHint() const override { return {900, 420}; }
    QSize minimumSizeHint() const override { return {300, 200}; }

signals:
    void brushesChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Frame {
        QRectF plot; // where axes run: left/right = first/last axis, top = 1, bottom = 0
    };
    Frame frameFor(const QRectF& rect) const;
    double axisXIn(const Frame& f, std::size_t axis) const;
    double positionYIn(const Frame& f, double position) const;
    double positionAt(const Frame& f, double y) const;
    std::optional<std::size_t> axisNear(const QPointF& pos) const;
    bool passes(std::size_t run) const;
    void paint(QPainter& painter, const QRectF& rect) const;
    void paintLines(QPainter& painter, const Frame& f) const;
    void paintAxis(QPainter& painter, const Frame& f, std::size_t axis) const;

    ParallelCoordinatesData m_data;
    std::vector<QColor> m_colors;
    std::map<std::size_t, Brush> m_brushes;
    std::optional<std::size_t> m_dragAxis;
    double m_dragStart = 0;
    QPointF m_pressPos;
};

} // namespace runlens
