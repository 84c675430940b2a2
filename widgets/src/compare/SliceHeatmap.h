#pragma once

#include "runlens/compare/SliceTable.h"

#include <QVector>
#include <QWidget>

namespace runlens {

// A heatmap of one metric's slices × runs (or groups): one cell per slice and column
// with the value written in it, coloured from worst (dark) to best (light) by the
// metric's direction, so "darker is worse" holds for accuracies and losses alike. The
// first row is the overall value. Flagged cells carry the flag marks in their corner;
// columns without the slice are hatched. Hover a cell for its numbers.
//
// Painted with QPainter only: paintEvent and render() share paint(), so the report's
// heatmap is this one.
class SliceHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit SliceHeatmap(QWidget* parent = nullptr);

    void setData(const SliceTable& table, const QString& key, const QVector<QColor>& columnColors);
    void render(QPainter& painter, const QRectF& rect) { paint(painter, rect); }

    int rowCount() const { return int(m_slices.size()) + 1; } // "overall" + slices
    int columnCount() const { return int(m_labels.size()); }
    // The text written in a cell (row 0 = overall), "" for a gap.
    QString cellText(int row, int column) const;
    // The cell's fill colour (what tests read).
    QColor cellColor(int row, int column) const;
    QString toolTipAt(const QPointF& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout {
        QRectF grid;
        double rowHeader = 0, colHeader = 0, cellW = 0, cellH = 0;
    };
    Layout layoutFor(const QRectF& rect) const;
    void paint(QPainter& painter, const QRectF& rect) const;
    void paintHeaders(QPainter& painter, const Layout& l) const;
    void paintLegend(QPainter& painter, const QRectF& rect, const Layout& l) const;
    const SliceRow* rowOf(int row, int column) const;
    double valueOf(int row, int column) const;
    QColor colorFor(double value) const;

    SliceTable m_table;
    std::string m_key;
    std::vector<std::string> m_slices;
    std::vector<std::string> m_labels;
    QVector<QColor> m_colors;
    MetricDirection m_direction = MetricDirection::Max;
    double m_lo = 0, m_hi = 1;
};

} // namespace runlens
