#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// Every metric with its value per column, the delta to the baseline coloured by the
// metric's direction, and for groups the 95 % confidence interval and the verdict.
// Read from CompareMetricsModel, so the numbers read as in the comparison view.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportMetricsSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportMetricsSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
