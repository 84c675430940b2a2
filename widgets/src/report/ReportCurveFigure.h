#pragma once

#include "charts/ChartOptions.h"
#include "charts/ChartRun.h"
#include "report/ReportFigure.h"

#include <QList>

#include <memory>

namespace runlens {

class CurveCache;

// A learning-curve chart of a report: the app's MetricChart, made for the moment it is
// drawn, with the paper theme, laid out at the figure's size and drawn through
// CompareChartStyle::renderPlot, the same vector path the comparison charts take. The
// curves come from a CurveCache shared by all charts of the report, so each series is
// read once.
class ReportCurveFigure : public ReportFigure {
public:
    ReportCurveFigure(std::shared_ptr<CurveCache> cache, QString key, QList<ChartRun> runs, ChartOptions options);

    QSizeF size(double width) const override;
    void render(QPainter& painter, const QRectF& rect) override;
    QString description() const override;

private:
    std::shared_ptr<CurveCache> m_cache;
    QString m_key;
    QList<ChartRun> m_runs;
    ChartOptions m_options;
};

} // namespace runlens
