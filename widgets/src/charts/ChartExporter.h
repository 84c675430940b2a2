#pragma once

#include <QCoreApplication>
#include <QString>

class QCustomPlot;

class QWidget;

namespace runlens {

// Writes a chart to a PNG, SVG or PDF file (chosen by the file's suffix), atomically:
// the file appears complete or not at all.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(runlens::ChartExporter)

public:
    // width/height in pixels (points for PDF); 0 = the chart's size on screen.
    static bool write(QCustomPlot* plot, const QString& path, int width = 0, int height = 0,
                      QString* error = nullptr);
    static QString fileFilter();
    // A save dialog proposing <name>.<suffix> with the name made safe for a file.
    static QString askPath(QWidget* parent, const QString& name, const QString& suffix);
};

} // namespace runlens
