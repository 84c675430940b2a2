#include "report/ReportPdfWriter.h"

#include "report/ReportPageFlow.h"
#include "report/ReportStyle.h"
#include "report/ReportText.h"

#include "runlens/Version.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace runlens {

QSizeF ReportPdfWriter::pageSize(const ReportDocument& doc)
{
    QPageLayout layout(doc.pageSize, doc.orientation, QMarginsF(0, 0, 0, 0));
    QSizeF points = layout.fullRectPoints().size();
    return points * (ReportStyle::kDpi / 72.0);
}

bool ReportPdfWriter::write(const ReportDocument& doc, QIODevice* device, const Progress& progress, QString* error,
                            bool* cancelled, int* pageCount)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (cancelled)
        *cancelled = false;
    QPdfWriter pdf(device);
    // 96 dpi: one unit is a CSS pixel, the unit the app's charts and fonts are made for.
    // Coordinates stay real numbers in the PDF, so nothing is lost to the low number.
    pdf.setResolution(int(ReportStyle::kDpi));
    pdf.setPageLayout(QPageLayout(doc.pageSize, doc.orientation, QMarginsF(0, 0, 0, 0)));
    pdf.setTitle(doc.title);
    pdf.setCreator(QStringLiteral("Runlens %1 (report format %2)")
                       .arg(QLatin1String(RUNLENS_VERSION))
                       .arg(ReportDocument::kFormatVersion));

    const QSizeF page = pageSize(doc);
    ReportPageFlow flow(doc, page);
    flow.layout();
    const auto& pages = flow.pages();
    const int count = int(pages.size());
    if (pageCount)
        *pageCount = count;

    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(tr("The PDF could not be started."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !pdf.newPage()) {
            painter.end();
            return fail(tr("The PDF could not get page %1.").arg(i + 1));
        }
        paintFrame(painter, doc, page, i, count);
        for (const auto& step : pages[std::size_t(i)].steps) {
            painter.save();
            step(painter);
            painter.restore();
        }
        if (progress && !progress(double(i + 1) / count, tr("Page %1 of %2").arg(i + 1).arg(count))) {
            painter.end();
            if (cancelled)
                *cancelled = true;
            return fail(tr("Cancelled."));
        }
    }
    if (!painter.end())
        return fail(tr("The PDF could not be finished."));
    return true;
}

void ReportPdfWriter::paintFrame(QPainter& p, const ReportDocument& doc, const QSizeF& page, int index, int count)
{
    const double m = ReportStyle::kMargin;
    const double w = page.width() - 2 * m;
    const QFont font = ReportStyle::small();
    const QFontMetricsF fm(font);
    p.save();
    p.setPen(QPen(ReportStyle::muted(), 1));
    if (!(doc.titlePage && index == 0)) {
        // Running head: what this is and when it was made, on every page after the title.
        const double y = m - ReportStyle::kHeaderGap;
        const QString date = QLocale().toString(doc.created, QLocale::ShortFormat);
        const double dateW = fm.horizontalAdvance(date);
        ReportText::draw(p, {fm.elidedText(doc.title, Qt::ElideRight, w - dateW - 24)}, font, QPointF(m, y - fm.height()), w);
        ReportText::draw(p, {date}, font, QPointF(m, y - fm.height()), w, true);
        p.setPen(ReportStyle::rulePen(0.75));
        p.drawLine(QPointF(m, y + 3), QPointF(m + w, y + 3));
        p.setPen(QPen(ReportStyle::muted(), 1));
    }
    const double footY = page.height() - m + ReportStyle::kHeaderGap - fm.height();
    ReportText::draw(p, {tr("page %1 of %2").arg(index + 1).arg(count)}, font, QPointF(m, footY), w, true);
    ReportText::draw(p, {tr("Runlens")}, font, QPointF(m, footY), w);
    p.restore();
}

} // namespace runlens
