#include "compare/CompareChartStyle.h"

#include "common/NumberFormat.h"

#include "compare/CompareColors.h"

#include <qcustomplot.h>

#include <QPicture>

namespace runlens {

CompareChartStyle::Colors CompareChartStyle::fromPalette(const QPalette& palette)
{
    Colors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.background.lightness() < 128;
    c.axis = CompareColors::mix(c.background, c.text, 0.55);
    c.grid = CompareColors::mix(c.background, c.text, c.dark ? 0.16 : 0.11);
    return c;
}

CompareChartStyle::Colors CompareChartStyle::paper()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    return fromPalette(p);
}

void CompareChartStyle::apply(QCustomPlot* plot, const Colors& colors)
{
    plot->setBackground(colors.background);
    // Tick labels QCustomPlot writes itself take the decimal point of every other number.
    plot->setLocale(NumberFormat::locale());
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* a : rect->axes()) {
            a->setBasePen(QPen(colors.axis, 1));
            a->setTickPen(QPen(colors.axis, 1));
            a->setSubTickPen(QPen(colors.axis, 1));
            a->setTickLabelColor(colors.text);
            a->setLabelColor(colors.text);
            a->grid()->setPen(QPen(colors.grid, 1, Qt::SolidLine));
            a->grid()->setSubGridPen(Qt::NoPen);
            a->grid()->setZeroLinePen(QPen(colors.axis, 1));
        }
    }
    if (plot->legend) {
        plot->legend->setBrush(colors.background);
        plot->legend->setTextColor(colors.text);
        plot->legend->setBorderPen(Qt::NoPen);
    }
}

void CompareChartStyle::renderPlot(QCustomPlot* plot, QPainter& painter, const QRectF& rect)
{
    QPicture picture;
    {
        QCPPainter p(&picture);
        p.setMode(QCPPainter::pmVectorized);
        p.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&p, int(rect.width()), int(rect.height()));
    }
    painter.save();
    painter.translate(rect.topLeft());
    painter.drawPicture(0, 0, picture);
    painter.restore();
    // toPainter laid the plot out for the picture; lay it out for the screen again.
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace runlens
