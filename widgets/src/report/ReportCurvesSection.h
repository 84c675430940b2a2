#pragma once

#include <QCoreApplication>

namespace runlens {

class ReportDocument;
struct ReportContext;

// One learning-curve chart per metric key (the keys most runs share first, up to
// ReportOptions::maxCurveKeys; the others are listed), drawn by the app's MetricChart,
// with a legend of run colours.
//
// A class only to give the section its own translation context; ReportBuilder calls add().
class ReportCurvesSection {
    Q_DECLARE_TR_FUNCTIONS(runlens::ReportCurvesSection)
public:
    static void add(const ReportContext& ctx, ReportDocument& doc);
};

} // namespace runlens
