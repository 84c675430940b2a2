#include "report/ReportSection.h"

#include "report/ReportContext.h"
#include "report/ReportDocument.h"
#include "report/ReportImageFigure.h"
#include "common/StoreSession.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace runlens {

namespace {

constexpr qint64 kMaxImageBytes = 40 * 1024 * 1024;

bool isImage(const QString& path)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("gif"), QStringLiteral("bmp")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

void ReportSections::addArtifacts(const ReportContext& ctx, ReportDocument& doc)
{
    doc.heading(ReportSections::title(ReportSection::Artifacts), 1);
    if (!ctx.session) {
        doc.paragraph(tr("No store is open."), ReportBlock::Tone::Muted);
        return;
    }
    using C = ReportColumn;
    auto t = std::make_shared<ReportTable>(std::vector<ReportColumn>{C::text(tr("Run"), 2), C::text(tr("File")),
                                                                       C::number(tr("Size"))});
    std::vector<std::shared_ptr<ReportFigure>> images;
    int skipped = 0;
    for (const auto& run : ctx.runs()) {
        QString uuid = QString::fromStdString(run.uuid);
        for (const auto& a : ctx.session->artifacts(uuid)) {
            QString path = QString::fromStdString(a.path);
            ReportCell name(ReportContext::runName(run));
            name.swatch = ReportContext::runColor(run);
            t->addRow({name, path, QLocale().formattedDataSize(a.size)});
            if (!isImage(path) || a.size > kMaxImageBytes)
                continue;
            if (int(images.size()) >= ctx.options.maxImages) {
                ++skipped;
                continue;
            }
            QImageReader reader(ctx.session->artifactFile(uuid, path, true));
            reader.setAutoTransform(true);
            QImage image = reader.read();
            if (!image.isNull())
                images.push_back(std::make_shared<ReportImageFigure>(image, tr("%1 — %2").arg(name.text, path)));
        }
    }
    if (t->empty()) {
        doc.paragraph(tr("None of the runs stored artifacts."), ReportBlock::Tone::Muted);
        return;
    }
    doc.table(t);
    if (!images.empty()) {
        doc.heading(tr("Images"), 2);
        doc.figures(std::move(images), 2);
    }
    if (skipped > 0)
        doc.paragraph(tr("%n more image(s) not drawn.", nullptr, skipped), ReportBlock::Tone::Muted);
}

} // namespace runlens
