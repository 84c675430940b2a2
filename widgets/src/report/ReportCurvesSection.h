#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// One learning-curve chart per metric key (the keys most runs share first, up to
// ReportOptions::maxCurveKeys; the others are listed), drawn by the app's MetricChart,
// with a legend of run colours.
class ReportCurvesSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportCurvesSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
