#include "report/ReportExporter.h"

#include "report/ReportBuilder.h"
#include "report/ReportHtmlWriter.h"
#include "report/ReportPdfWriter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace runlens {

namespace {
constexpr int kBuildShare = 30; // percent of the bar for reading and comparing

ReportExporter::Result failure(const QString& message, bool userError, bool cancelled = false)
{
    ReportExporter::Result r;
    r.error = message;
    r.userError = userError;
    r.cancelled = cancelled;
    return r;
}
} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

ReportExporter::Result ReportExporter::writeDocument(const ReportDocument& doc, const QString& path,
                                                     const Progress& progress, int fromPercent)
{
    auto format = formatFor(path);
    if (!format)
        return failure(tr("Cannot tell the format of %1: the file name must end in .pdf or .html.").arg(path), true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
    auto step = [&](double fraction, const QString& what) {
        return !progress || progress(fromPercent + int(std::lround(fraction * (100 - fromPercent))), what);
    };
    QString error;
    bool cancelled = false;
    int pages = 0;
    bool ok = *format == Format::Pdf ? ReportPdfWriter::write(doc, &file, step, &error, &cancelled, &pages)
                                     : ReportHtmlWriter::write(doc, &file, step, &error, &cancelled);
    if (!ok) {
        file.cancelWriting();
        return failure(error, false, cancelled);
    }
    if (!file.commit())
        return failure(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
    Result r;
    r.ok = true;
    r.pages = pages;
    return r;
}

ReportExporter::Result ReportExporter::exportReport(StoreSession* session, const ReportInput& input,
                                                    const ReportOptions& options, const QString& path,
                                                    const Progress& progress)
{
    if (!formatFor(path))
        return failure(tr("Cannot tell the format of %1: the file name must end in .pdf or .html.").arg(path), true);
    // Fail on a path that cannot be written before reading anything.
    {
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return failure(tr("Cannot write %1: %2").arg(path, probe.errorString()), true);
        probe.cancelWriting();
    }
    ReportBuilder builder(session);
    QString error;
    bool cancelled = false;
    auto buildStep = [&](double fraction, const QString& what) {
        return !progress || progress(int(std::lround(fraction * kBuildShare)), what);
    };
    auto doc = builder.build(input, options, buildStep, &error, &cancelled);
    if (!doc)
        return failure(error, !cancelled, cancelled);
    return writeDocument(*doc, path, progress, kBuildShare);
}

} // namespace runlens
