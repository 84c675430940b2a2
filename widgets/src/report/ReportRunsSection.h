#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// The runs table: every run of the report, one row each, in its colour. Breaks across
// pages like every table, so thousands of runs make a long table, not a broken one.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportRunsSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportRunsSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
