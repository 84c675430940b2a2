#pragma once

#include "diagram/DiagramLiveState.h"
#include "report/ReportFigure.h"

#include "runlens/diagram/Diagram.h"

#include <map>
#include <string>

namespace runlens {

// A pipeline diagram in a report, drawn by DiagramExporter::render: the editor's own
// item painting, with the runs' states as the canvas shows them.
class ReportDiagramFigure : public ReportFigure {
public:
    ReportDiagramFigure(Diagram diagram, std::map<std::string, DiagramLiveState> states);

    QSizeF size(double width) const override;
    void render(QPainter& painter, const QRectF& rect) override;
    QString description() const override;

private:
    Diagram m_diagram;
    std::map<std::string, DiagramLiveState> m_states;
    QSizeF m_natural;
};

} // namespace runlens
