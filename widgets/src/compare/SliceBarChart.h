#pragma once

#include "runlens/compare/SliceTable.h"

#include <qcustomplot.h>

#include <QVector>

namespace runlens {

// Grouped bars of one metric's slices: the slices on the x axis ("overall" first, for
// reference), one bar per run or group in its run colour, a warning mark over bars
// whose slice is flagged ("!" much worse than overall, "↓" regressed while overall
// improved). Hovering a bar shows its value. render() draws the same
// chart into any painter (the PDF report).
class SliceBarChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit SliceBarChart(QWidget* parent = nullptr);

    void setData(const SliceTable& table, const QString& key, const QVector<QColor>& columnColors);
    void render(QPainter& painter, const QRectF& rect);

    // The categories on the x axis: "overall", then the slices.
    QStringList categories() const { return m_categories; }
    // The bars of column c (one per run or group), or nullptr.
    QCPBars* bars(int column) const { return column >= 0 && column < m_bars.size() ? m_bars[column] : nullptr; }
    // What hovering at a pixel shows, "" when no bar is there.
    QString toolTipAt(const QPointF& pos) const;
    // The names the legend shows, shortened to the chart's width by LegendNames so they
    // stay distinct (the tooltips keep the full names).
    QStringList legendNames() const;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QStringList m_categories;
    QStringList m_labels;
    QStringList m_names; // legend names in full: "(baseline)" added

    void fitLegend(double width);
    QVector<QCPBars*> m_bars;
    QCPLayoutGrid* m_legendRow = nullptr;
};

} // namespace runlens
