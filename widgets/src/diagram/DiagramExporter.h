#pragma once

#include "diagram/DiagramLiveState.h"

#include "runlens/diagram/Diagram.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <map>
#include <string>

class QPainter;

namespace runlens {

class DiagramScene;

// Draws diagrams outside the editor and writes them as PNG, SVG or PDF files.
//
// Everything goes through DiagramScene::renderDiagram, i.e. through the very item
// paint code of the canvas, so an export or a report shows exactly what the screen
// shows, live run states included (minus selection and hover marks).
//
// For the PDF report: `DiagramExporter::render(painter, target, diagram, states)`
// draws a diagram document into any QPainter (QPdfWriter, QPrinter, QImage, QSvgGenerator)
// scaled into target with its aspect ratio kept and centred. An editor that is open
// can be drawn with DiagramEditor::render(painter, target), which also shows its live
// states. Needs a QApplication (fonts); draws nothing for an empty painter.
class DiagramExporter {
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static void render(QPainter& painter, const QRectF& target, const Diagram& diagram,
                       const std::map<std::string, DiagramLiveState>& states = {});
    // The size in scene units that render() would fit into target.
    static QSizeF naturalSize(const Diagram& diagram);

    // The format for a file name (by suffix), Png when unknown.
    static Format formatFor(const QString& path);
    // Writes the scene's drawing to path, atomically (QSaveFile). PNG at `scale` pixels
    // per scene unit on white, SVG in scene units, PDF on a page the size of the drawing.
    // On failure returns false with a message in error and leaves no file behind.
    static bool write(DiagramScene& scene, const QString& path, Format format, QString* error, double scale = 2.0);
};

} // namespace runlens
