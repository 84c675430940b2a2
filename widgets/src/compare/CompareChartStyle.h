#pragma once

#include <QColor>
#include <QPalette>
#include <QRectF>

class QCustomPlot;
class QPainter;

namespace runlens {

// What the comparison charts share: colours from the widget palette (or paper white
// for reports), and drawing a QCustomPlot into any QPainter at any size.
//
// The PDF report draws the same charts with the same code: it builds the view (or
// takes the one on screen), then calls its render(painter, rect), which for QCustomPlot
// charts ends in renderPlot() below. The chart is laid out for rect's size in the
// painter's logical units, so on a 300 dpi QPdfWriter scale the painter first (e.g.
// painter.scale(dpi / 96.0, dpi / 96.0)) and pass the rect in screen-sized units.
namespace CompareChartStyle {
struct Colors {
    QColor background, text, axis, grid;
    bool dark = false;
};
Colors fromPalette(const QPalette& palette);
Colors paper();

// Background, axes, grid, tick labels and legend of every axis rect of plot.
void apply(QCustomPlot* plot, const Colors& colors);
// Draws plot laid out at rect's size, vectors kept as vectors (a QPicture replayed
// into painter), so PDF pages stay sharp.
void renderPlot(QCustomPlot* plot, QPainter& painter, const QRectF& rect);
} // namespace CompareChartStyle

} // namespace runlens
