#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// The summary: what the runs are, how they ended, and per metric which run is best and by
// how much it beats the baseline, with the verdicts of the statistical tests for groups.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportSummarySection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportSummarySection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
