#include "diagram/DiagramExporter.h"

#include "diagram/DiagramNodeFit.h"
#include "diagram/DiagramScene.h"

#include "runlens/diagram/DiagramDocument.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace runlens {

namespace {

// A PNG beyond this many pixels would take gigabytes: the scale is lowered to fit.
constexpr double kMaxPngPixels = 80e6;

} // namespace

void DiagramExporter::render(QPainter& painter, const QRectF& target, const Diagram& diagram,
                             const std::map<std::string, DiagramLiveState>& states)
{
    if (!painter.isActive())
        return;
    DiagramDocument document(diagram);
    DiagramNodeFit::install(document);
    DiagramScene scene(&document);
    for (const auto& [id, state] : states)
        scene.setLiveState(id, state);
    scene.renderDiagram(painter, target);
}

QSizeF DiagramExporter::naturalSize(const Diagram& diagram)
{
    DiagramDocument document(diagram);
    DiagramNodeFit::install(document);
    DiagramScene scene(&document);
    return scene.diagramBounds().size();
}

DiagramExporter::Format DiagramExporter::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Png;
}

bool DiagramExporter::write(DiagramScene& scene, const QString& path, Format format, QString* error, double scale)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QRectF source = scene.diagramBounds();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));

    if (format == Format::Png) {
        scale = std::min(scale, std::sqrt(kMaxPngPixels / std::max(1.0, source.width() * source.height())));
        QImage image(QSize(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale))),
                     QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return fail(tr("The diagram is too large for an image."));
        image.fill(Qt::white);
        QPainter p(&image);
        scene.renderDiagram(p, QRectF(QPointF(0, 0), image.size()), source);
        p.end();
        if (!image.save(&file, "PNG"))
            return fail(tr("Cannot write %1: the image could not be encoded.").arg(path));
    } else if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QString::fromStdString(scene.document()->diagram().name));
        svg.setDescription(tr("Pipeline diagram exported by Runlens"));
        QPainter p(&svg);
        scene.renderDiagram(p, QRectF(QPointF(0, 0), source.size()), source);
        p.end();
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(QString::fromStdString(scene.document()->diagram().name));
        pdf.setCreator(QStringLiteral("Runlens"));
        pdf.setResolution(300);
        // A page the size of the drawing (1 scene unit = 1 pt), so nothing is cut or tiny.
        pdf.setPageSize(QPageSize(source.size(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        if (!p.isActive())
            return fail(tr("Cannot write %1: the PDF could not be started.").arg(path));
        scene.renderDiagram(p, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), source);
        p.end();
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace runlens
