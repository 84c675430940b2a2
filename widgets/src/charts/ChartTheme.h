#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace runlens {

// The colours of a chart, taken from the widget palette so charts follow the light or
// dark theme: background, text, axes and a grid faint enough not to fight the curves.
struct ChartTheme {
    QColor background, text, axis, grid, zeroLine, crosshair;
    bool dark = false;

    static ChartTheme fromPalette(const QPalette& palette);
    // A theme for paper (PDF and SVG exports, reports): white, whatever the screen uses.
    static ChartTheme paper();
    void apply(QCustomPlot* plot) const;
};

} // namespace runlens
