#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// The params that differ between the compared columns (bold where a cell differs from
// the baseline), then those every column shares. Read from CompareRowsModel, as on screen.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportParamsSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportParamsSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
