#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// Per-slice results from core's SliceTable: per metric a chart (grouped bars for a few
// columns, a heatmap for many) and a table with the flags of the comparison view.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportSlicesSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportSlicesSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
