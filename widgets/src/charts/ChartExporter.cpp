#include "charts/ChartExporter.h"

#include <QRegularExpression>

#include <QFileDialog>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <qcustomplot.h>

namespace runlens {

namespace {

bool paint(QCustomPlot* plot, QPaintDevice* device, int width, int height)
{
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    // Vector output gets real pen widths, not cosmetic hairlines that vanish in print.
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    plot->toPainter(&painter, width, height);
    return painter.end();
}

} // namespace

QString ChartExporter::fileFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

bool ChartExporter::write(QCustomPlot* plot, const QString& path, int width, int height, QString* error)
{
    if (width <= 0)
        width = plot->width();
    if (height <= 0)
        height = plot->height();
    QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(tr("Unknown file type '%1': use .png, .svg or .pdf").arg(suffix));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        // Twice the screen resolution, so the picture stays sharp in slides.
        QPixmap pixmap = plot->toPixmap(width, height, 2.0);
        ok = pixmap.save(&file, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(plot->objectName());
        ok = paint(plot, &svg, width, height);
    } else {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QSizeF(width, height), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setCreator(QStringLiteral("Runlens"));
        ok = paint(plot, &pdf, width, height);
    }
    if (!ok)
        return fail(tr("Could not draw the chart into %1").arg(path));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

QString ChartExporter::askPath(QWidget* parent, const QString& name, const QString& suffix)
{
    QString safe = QString(name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    return QFileDialog::getSaveFileName(parent, QObject::tr("Export Chart"), safe + QLatin1Char('.') + suffix,
                                        fileFilter());
}

} // namespace runlens
