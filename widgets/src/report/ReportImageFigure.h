#pragma once

#include "report/ReportFigure.h"

#include <QImage>

namespace runlens {

// An image a run stored as an artifact (a confusion matrix, sample predictions): the
// one kind of raster picture a report holds, because it is one already.
class ReportImageFigure : public ReportFigure {
public:
    ReportImageFigure(QImage image, QString caption);

    QSizeF size(double width) const override;
    void render(QPainter& painter, const QRectF& rect) override;
    QString description() const override { return m_caption; }
    bool isRaster() const override { return true; }
    const QImage& image() const { return m_image; }

private:
    QImage m_image;
    QString m_caption;
};

} // namespace runlens
