#include "report/ReportHtmlWriter.h"

#include "report/ReportImageFigure.h"
#include "report/ReportMarkdown.h"
#include "report/ReportStyle.h"

#include "runlens/Version.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTextDocument>

namespace runlens {

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString lines(const QString& s) { return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

QString imageHtml(const ReportImageFigure& figure)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    figure.image().save(&buffer, "PNG");
    return QStringLiteral("<figure><img alt=\"%1\" src=\"data:image/png;base64,%2\"><figcaption>%1</figcaption></figure>")
        .arg(esc(figure.description()), QString::fromLatin1(png.toBase64()));
}

} // namespace

QByteArray ReportHtmlWriter::svg(ReportFigure& figure, const QSizeF& size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(int(ReportStyle::kDpi));
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(figure.description());
    {
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        figure.render(painter, QRectF(QPointF(0, 0), size));
    }
    buffer.close();
    // Inline in HTML: no XML prolog, and a size in CSS pixels that may shrink with the window.
    qsizetype start = bytes.indexOf("<svg");
    if (start > 0)
        bytes.remove(0, start);
    static const QRegularExpression sizeAttrs(QStringLiteral("^<svg([^>]*?)\\s(width|height)=\"[^\"]*\"([^>]*?)\\s(width|height)=\"[^\"]*\""));
    QString text = QString::fromUtf8(bytes);
    text.replace(sizeAttrs, QStringLiteral("<svg\\1\\3 width=\"%1\" height=\"%2\"").arg(qRound(size.width())).arg(qRound(size.height())));
    return text.toUtf8();
}

QString ReportHtmlWriter::css(double width)
{
    return QStringLiteral(
               "body{margin:0;background:#f4f5f7;color:%1;font-family:'%2',sans-serif;font-size:13px;line-height:1.45}"
               "main{max-width:%3px;margin:24px auto;background:#fff;padding:40px 48px;box-shadow:0 1px 4px rgba(0,0,0,.12)}"
               "h1{font-size:30px;margin:0 0 12px}h2{font-size:20px;border-bottom:1.5px solid %4;padding-bottom:3px;"
               "margin:28px 0 10px}h3{font-size:15px;margin:18px 0 6px}h4{font-size:13px;margin:14px 0 4px}"
               ".kicker{color:%5;font-size:11px;font-weight:bold;letter-spacing:.08em;border-top:5px solid %4;"
               "display:inline-block;padding-top:8px;margin:0}"
               "dl.facts{display:grid;grid-template-columns:130px 1fr;gap:6px 0;margin:24px 0 32px}"
               "dl.facts dt{color:%5;font-size:11px;font-weight:bold;padding-top:2px}dl.facts dd{margin:0;overflow-wrap:anywhere}"
               "table{border-collapse:collapse;width:100%;font-size:11px;margin:4px 0 2px}"
               "th{background:%6;text-align:left;padding:3px 5px;border-bottom:1px solid %5;vertical-align:bottom}"
               "td{padding:3px 5px;border-bottom:.5px solid %7;vertical-align:top;overflow-wrap:anywhere}"
               "tbody tr:nth-child(even){background:%8}.num{text-align:right;white-space:nowrap}"
               "table.legend td{border:none}"
               ".sw{display:inline-block;width:9px;height:9px;margin-right:4px;border:.75px solid rgba(0,0,0,.3)}"
               ".caption,.muted{color:%5;font-size:11px;margin:2px 0 14px}.muted{font-size:13px}.warning{color:%9}"
               ".figures{display:grid;gap:12px;margin:8px 0 14px}figure{margin:0}svg,img{max-width:100%;height:auto}"
               "figcaption{color:%5;font-size:11px}.notes{border-left:3px solid %7;padding-left:12px}"
               "@media print{body{background:#fff}main{box-shadow:none;margin:0;padding:0;max-width:none}"
               "thead{display:table-header-group}tr,figure{break-inside:avoid}.pb{break-before:page}}")
        .arg(ReportStyle::text().name(), ReportStyle::family())
        .arg(qRound(width + 96))
        .arg(ReportStyle::accent().name(), ReportStyle::muted().name(), ReportStyle::headerBackground().name(),
             ReportStyle::rule().name(), ReportStyle::stripe().name(), ReportStyle::warning().name());
}

QString ReportHtmlWriter::titleHtml(const ReportDocument& doc)
{
    QString html = QStringLiteral("<header>");
    if (doc.titlePage) {
        html += QStringLiteral("<p class=\"kicker\">%1</p><h1>%2</h1><dl class=\"facts\">")
                    .arg(esc(tr("RUNLENS REPORT")), esc(doc.title));
        for (const auto& [label, value] : doc.facts)
            html += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(label), lines(value));
        html += QStringLiteral("</dl>");
    }
    return html + QStringLiteral("</header>\n");
}

QString ReportHtmlWriter::tableHtml(const ReportTable& t)
{
    QString html = t.showHeader ? QStringLiteral("<table><thead><tr>") : QStringLiteral("<table class=\"legend\">");
    if (t.showHeader) {
        for (const auto& c : t.columns)
            html += QStringLiteral("<th%1>%2</th>").arg(c.numeric ? QStringLiteral(" class=\"num\"") : QString(), lines(c.title));
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>\n");
    for (const auto& row : t.rows) {
        html += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < row.size(); ++c) {
            const ReportCell& cell = row[c];
            QStringList style;
            if (cell.background.isValid())
                style << QStringLiteral("background:%1").arg(cell.background.name());
            if (cell.textColor.isValid())
                style << QStringLiteral("color:%1").arg(cell.textColor.name());
            if (cell.bold)
                style << QStringLiteral("font-weight:bold");
            QString attrs = t.columns[c].numeric ? QStringLiteral(" class=\"num\"") : QString();
            if (!style.isEmpty())
                attrs += QStringLiteral(" style=\"%1\"").arg(style.join(QLatin1Char(';')));
            QString swatch = cell.swatch.isValid()
                ? QStringLiteral("<span class=\"sw\" style=\"background:%1\"></span>").arg(cell.swatch.name())
                : QString();
            html += QStringLiteral("<td%1>%2%3</td>").arg(attrs, swatch, lines(cell.text));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody></table>\n");
    if (!t.caption.isEmpty())
        html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(lines(t.caption));
    return html;
}

QString ReportHtmlWriter::markdownHtml(const QString& markdown)
{
    QString html = ReportMarkdown::document(markdown)->toHtml();
    // Qt writes a whole document: keep what is inside <body>.
    qsizetype open = html.indexOf(QLatin1String("<body"));
    open = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open);
    qsizetype close = html.lastIndexOf(QLatin1String("</body>"));
    if (open >= 0 && close > open)
        html = html.mid(open + 1, close - open - 1);
    return QStringLiteral("<div class=\"notes\">%1</div>\n").arg(html);
}

bool ReportHtmlWriter::write(const ReportDocument& doc, QIODevice* device, const Progress& progress, QString* error,
                             bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    const double width = ReportStyle::contentWidth(doc.pageSize, doc.orientation);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                  "<meta name=\"generator\" content=\"Runlens %2 (report format %3)\">"
                                  "<title>%4</title><style>%5</style></head>\n<body><main>\n")
                       .arg(QLocale().bcp47Name(), QLatin1String(RUNLENS_VERSION))
                       .arg(ReportDocument::kFormatVersion)
                       .arg(esc(doc.title), css(width));
    html += titleHtml(doc);
    const int figures = std::max(1, doc.figureCount());
    int drawn = 0;
    for (const ReportBlock& b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(std::min(4, b.level + 1)).arg(esc(b.text));
            break;
        case ReportBlock::Kind::Paragraph: {
            QString cls = b.tone == ReportBlock::Tone::Muted ? QStringLiteral(" class=\"muted\"")
                          : b.tone == ReportBlock::Tone::Warning ? QStringLiteral(" class=\"warning\"")
                                                                  : QString();
            html += QStringLiteral("<p%1>%2</p>\n").arg(cls, lines(b.text));
            break;
        }
        case ReportBlock::Kind::Table: html += tableHtml(*b.table); break;
        case ReportBlock::Kind::Markdown: html += markdownHtml(b.text); break;
        case ReportBlock::Kind::PageBreak: html += QStringLiteral("<div class=\"pb\"></div>\n"); break;
        case ReportBlock::Kind::Figures: {
            const int perRow = std::max(1, b.figuresPerRow);
            const double cellW = (width - (perRow - 1) * ReportStyle::kFigureGap) / perRow;
            html += QStringLiteral("<div class=\"figures\" style=\"grid-template-columns:repeat(%1,1fr)\">").arg(perRow);
            for (const auto& f : b.figures) {
                if (f->isRaster())
                    html += imageHtml(static_cast<const ReportImageFigure&>(*f));
                else
                    html += QStringLiteral("<figure>") + QString::fromUtf8(svg(*f, f->size(cellW))) + QStringLiteral("</figure>");
                ++drawn;
                if (progress && !progress(double(drawn) / figures, f->description())) {
                    if (cancelled)
                        *cancelled = true;
                    if (error)
                        *error = tr("Cancelled.");
                    return false;
                }
            }
            html += QStringLiteral("</div>\n");
            break;
        }
        }
    }
    html += QStringLiteral("<footer class=\"muted\">%1</footer>\n</main></body></html>\n")
                .arg(esc(tr("Made with Runlens %1 on %2")
                             .arg(QLatin1String(RUNLENS_VERSION), QLocale().toString(doc.created, QLocale::LongFormat))));
    QByteArray bytes = html.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    if (progress)
        progress(1.0, tr("Written"));
    return true;
}

} // namespace runlens
