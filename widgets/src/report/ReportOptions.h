#pragma once

#include "charts/ChartOptions.h"
#include "report/ReportSection.h"

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace runlens {

// What the user chose for a report: its sections, its paper, how runs are compared.
// The limits keep a report of thousands of runs readable (and finite): what they leave
// out is named in the document, never dropped silently.
struct ReportOptions {
    QList<ReportSection> sections = ReportSections::defaults();
    QString title;                     // "" = "Runlens report"
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool groupByConfig = false;        // columns = configurations (seeds together), else one per run
    ChartOptions chart;                // smoothing and axes of the learning curves, as on screen
    QString diagramId;                 // "" = the diagrams generated for the runs' pipelines

    int maxCurveKeys = 12;             // charts; further metric keys are listed by name
    int maxChartRuns = 100;            // curves per chart (as the curves panel)
    int maxCompareColumns = 40;        // runs or groups in the params, metrics and slices tables
    int maxSliceCharts = 8;            // metric keys with a slice chart
    int maxImages = 12;                // image artifacts drawn in the artifacts section

    bool has(ReportSection s) const { return sections.contains(s); }
};

} // namespace runlens
