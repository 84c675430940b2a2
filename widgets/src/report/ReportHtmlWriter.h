#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace runlens {

class ReportFigure;

// Writes a ReportDocument as one self-contained HTML file: CSS inline, charts and
// diagrams as inline SVG drawn by the same figure code as the PDF (QSvgGenerator),
// image artifacts as data: URIs, notes as the HTML Qt makes of their Markdown. No
// external file, so it can be mailed or attached to a CI job as it is.
class ReportHtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportHtmlWriter)
public:
    // fraction 0..1 of the figures drawn; return false to cancel.
    using Progress = std::function<bool(double fraction, const QString& step)>;

    static bool write(const ReportDocument& doc, QIODevice* device, const Progress& progress, QString* error,
                      bool* cancelled = nullptr);
    // The <svg> element of a figure drawn at size (CSS pixels).
    static QByteArray svg(ReportFigure& figure, const QSizeF& size);

private:
    static QString css(double width);
    static QString titleHtml(const ReportDocument& doc);
    static QString tableHtml(const ReportTable& table);
    static QString markdownHtml(const QString& markdown);
};

} // namespace runlens
