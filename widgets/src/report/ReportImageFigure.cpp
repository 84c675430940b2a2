#include "report/ReportImageFigure.h"

#include "report/ReportStyle.h"
#include "report/ReportText.h"

#include <QPainter>

#include <algorithm>

namespace runlens {

ReportImageFigure::ReportImageFigure(QImage image, QString caption) : m_image(std::move(image)), m_caption(std::move(caption))
{
}

QSizeF ReportImageFigure::size(double width) const
{
    const double captionH = ReportText::lineHeight(ReportStyle::small()) + 4;
    if (m_image.isNull())
        return {width, captionH};
    double w = std::min(width, double(m_image.width()));
    double h = std::min(w * m_image.height() / std::max(1, m_image.width()), 420.0);
    return {width, h + captionH};
}

void ReportImageFigure::render(QPainter& painter, const QRectF& rect)
{
    const QFont font = ReportStyle::small();
    const double captionH = ReportText::lineHeight(font) + 4;
    QRectF area(rect.left(), rect.top(), rect.width(), std::max(0.0, rect.height() - captionH));
    if (!m_image.isNull() && area.height() > 0) {
        QSizeF s = QSizeF(m_image.size()).scaled(area.size(), Qt::KeepAspectRatio);
        if (s.width() > m_image.width())
            s = m_image.size();
        painter.drawImage(QRectF(area.topLeft(), s), m_image);
    }
    painter.setPen(QPen(ReportStyle::muted(), 1));
    ReportText::draw(painter, ReportText::wrap(m_caption, font, rect.width(), 1), font,
                     QPointF(rect.left(), rect.bottom() - captionH + 4), rect.width());
}

} // namespace runlens
