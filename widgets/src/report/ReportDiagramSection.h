#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// The pipeline diagrams of the runs: the one the user chose, else the diagrams the store
// keeps for the runs' pipelines, else one laid out from a pipeline run's tag (in memory;
// a report never writes to the store). Drawn by DiagramExporter with live run states.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportDiagramSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportDiagramSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
