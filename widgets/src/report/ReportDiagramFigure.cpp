#include "report/ReportDiagramFigure.h"

#include "diagram/DiagramExporter.h"

#include <QCoreApplication>

#include <algorithm>

namespace runlens {

ReportDiagramFigure::ReportDiagramFigure(Diagram diagram, std::map<std::string, DiagramLiveState> states)
    : m_diagram(std::move(diagram)), m_states(std::move(states)), m_natural(DiagramExporter::naturalSize(m_diagram))
{
}

QSizeF ReportDiagramFigure::size(double width) const
{
    if (m_natural.width() <= 0 || m_natural.height() <= 0)
        return {width, 120};
    // Never larger than drawn on the canvas: a three-box pipeline stays box-sized.
    double w = std::min(width, m_natural.width());
    return {w, w * m_natural.height() / m_natural.width()};
}

void ReportDiagramFigure::render(QPainter& painter, const QRectF& rect)
{
    DiagramExporter::render(painter, rect, m_diagram, m_states);
}

QString ReportDiagramFigure::description() const
{
    return QCoreApplication::translate("runlens::ReportDiagramFigure", "Pipeline diagram %1")
        .arg(QString::fromStdString(m_diagram.name));
}

} // namespace runlens
