#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace runlens {

// A picture in a report, drawn by the app's own view code (a learning-curve chart, a
// slice chart, a diagram) into whatever painter the writer has: a PDF page or an SVG
// for the HTML export. Units are CSS pixels (1/96 inch) in both.
class ReportFigure {
public:
    virtual ~ReportFigure() = default;

    // The size to draw at when width is available.
    virtual QSizeF size(double width) const = 0;
    virtual void render(QPainter& painter, const QRectF& rect) = 0;
    // A short text naming what the figure shows (HTML alt text, accessibility).
    virtual QString description() const = 0;
    // True for pictures that are raster images by nature (an image artifact).
    virtual bool isRaster() const { return false; }
};

} // namespace runlens
