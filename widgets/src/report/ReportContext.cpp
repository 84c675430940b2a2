#include "report/ReportContext.h"

#include "common/RunColors.h"

#include <algorithm>

namespace runlens {

QColor ReportContext::runColor(const RunRecord& run) { return RunColors::color(QString::fromStdString(run.uuid)); }

QString ReportContext::runName(const RunRecord& run)
{
    if (!run.name.empty())
        return QString::fromStdString(run.name);
    return QString::fromStdString(run.uuid.substr(0, 8));
}

int ReportContext::matrixColumns(double columnWidth) const
{
    // A key column of ~140 px, then the compared columns.
    return std::max(2, int((contentWidth - 140) / columnWidth));
}

} // namespace runlens
