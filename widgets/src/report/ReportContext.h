#pragma once

#include "report/ReportInput.h"
#include "report/ReportOptions.h"

#include "runlens/compare/Comparison.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/compare/RunGroup.h"

#include <QColor>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace runlens {

class StoreSession;

// What every section of a report reads, worked out once by ReportBuilder: the runs,
// the baseline, the compared columns (runs or configurations) with their colours, and
// core's Comparison of them.
struct ReportContext {
    StoreSession* session = nullptr;
    ReportInput input;
    ReportOptions options;
    std::size_t baselineRun = 0;       // index into input.runs
    std::vector<RunGroup> columns;     // compared columns, at most options.maxCompareColumns
    std::size_t baselineColumn = 0;
    std::size_t allColumns = 0;        // columns before the limit
    QVector<QColor> columnColors;
    MetricDirections directions;
    std::optional<Comparison> comparison;
    double contentWidth = 600;         // CSS pixels of text width on the chosen paper

    const std::vector<RunRecord>& runs() const { return input.runs; }
    const RunRecord* baseline() const { return runs().empty() ? nullptr : &runs()[baselineRun]; }
    // The run's colour in the app (RunColors): the same in every view and on paper.
    static QColor runColor(const RunRecord& run);
    // "name" or, for an unnamed run, its short id.
    static QString runName(const RunRecord& run);
    // How many columns a table can show side by side before it is better turned around,
    // for columns about columnWidth pixels wide.
    int matrixColumns(double columnWidth = 105) const;
    bool columnsLimited() const { return columns.size() < allColumns; }
};

} // namespace runlens
