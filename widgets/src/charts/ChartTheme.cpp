#include "charts/ChartTheme.h"

#include "common/NumberFormat.h"

#include <qcustomplot.h>

namespace runlens {

namespace {
QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
}

ChartTheme ChartTheme::fromPalette(const QPalette& palette)
{
    ChartTheme t;
    t.background = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::Text);
    t.dark = t.background.lightness() < 128;
    t.axis = mix(t.background, t.text, 0.55);
    t.grid = mix(t.background, t.text, t.dark ? 0.16 : 0.11);
    t.zeroLine = mix(t.background, t.text, 0.35);
    t.crosshair = mix(t.background, t.text, 0.6);
    return t;
}

ChartTheme ChartTheme::paper()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    return fromPalette(p);
}

void ChartTheme::apply(QCustomPlot* plot) const
{
    plot->setBackground(background);
    // Tick labels QCustomPlot writes itself take the decimal point of every other number.
    plot->setLocale(NumberFormat::locale());
    for (QCPAxis* a : plot->axisRect()->axes()) {
        a->setBasePen(QPen(axis, 1));
        a->setTickPen(QPen(axis, 1));
        a->setSubTickPen(QPen(axis, 1));
        a->setTickLabelColor(text);
        a->setLabelColor(text);
        a->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
        a->grid()->setSubGridPen(Qt::NoPen);
        a->grid()->setZeroLinePen(QPen(zeroLine, 1));
    }
    if (plot->legend) {
        plot->legend->setBrush(background);
        plot->legend->setTextColor(text);
        plot->legend->setBorderPen(QPen(axis, 1));
    }
}

} // namespace runlens
