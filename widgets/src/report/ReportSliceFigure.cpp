#include "report/ReportSliceFigure.h"

#include "compare/CompareChartStyle.h"
#include "compare/SliceBarChart.h"
#include "compare/SliceHeatmap.h"

#include <QCoreApplication>

#include <algorithm>

namespace runlens {

namespace {
// What SliceHeatmap needs at the least: a row header for the slice names, ~56 px a cell.
constexpr double kHeatmapRowHeader = 140;
constexpr double kHeatmapCellWidth = 60;
} // namespace

ReportSliceFigure::ReportSliceFigure(Kind kind, SliceTable table, QString key, QVector<QColor> colors)
    : m_kind(kind), m_table(std::move(table)), m_key(std::move(key)), m_colors(std::move(colors))
{
}

QSizeF ReportSliceFigure::size(double width) const
{
    if (m_kind == Kind::Bars)
        return {width, std::clamp(width * 0.5, 220.0, 360.0)};
    // A heatmap row per slice (plus overall): tall enough to read every value.
    std::size_t slices = m_table.slices(m_key.toStdString()).size() + 1;
    return {width, std::clamp(80.0 + 22.0 * double(slices), 160.0, 900.0)};
}

QString ReportSliceFigure::description() const
{
    return m_kind == Kind::Bars
        ? QCoreApplication::translate("runlens::ReportSliceFigure", "Bars of %1 per slice").arg(m_key)
        : QCoreApplication::translate("runlens::ReportSliceFigure", "Heatmap of %1 per slice and run").arg(m_key);
}

void ReportSliceFigure::render(QPainter& painter, const QRectF& rect)
{
    if (m_kind == Kind::Bars) {
        SliceBarChart chart;
        CompareChartStyle::apply(&chart, CompareChartStyle::paper());
        chart.setData(m_table, m_key, m_colors);
        chart.render(painter, rect);
        return;
    }
    SliceHeatmap heatmap;
    QPalette paper = heatmap.palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    paper.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    heatmap.setPalette(paper);
    heatmap.setData(m_table, m_key, m_colors);
    // The heatmap keeps its cells wide enough for a value; when the page is narrower,
    // lay it out wider and draw it scaled down, rather than cut off at the margin.
    double needed = kHeatmapRowHeader + kHeatmapCellWidth * std::max(1, heatmap.columnCount());
    double scale = std::min(1.0, rect.width() / needed);
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    heatmap.render(painter, QRectF(0, 0, rect.width() / scale, rect.height() / scale));
    painter.restore();
}

} // namespace runlens
