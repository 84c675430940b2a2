#include "report/ReportCurveFigure.h"

#include "charts/ChartTheme.h"
#include "compare/CompareChartStyle.h"
#include "charts/CurveCache.h"
#include "charts/MetricChart.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>

namespace runlens {

ReportCurveFigure::ReportCurveFigure(std::shared_ptr<CurveCache> cache, QString key, QList<ChartRun> runs,
                                     ChartOptions options)
    : m_cache(std::move(cache)), m_key(std::move(key)), m_runs(std::move(runs)), m_options(std::move(options))
{
}

QSizeF ReportCurveFigure::size(double width) const { return {width, std::clamp(width * 0.62, 200.0, 380.0)}; }

QString ReportCurveFigure::description() const
{
    return QCoreApplication::translate("runlens::ReportCurveFigure", "Learning curve of %1 for %n run(s)", nullptr,
                                       int(m_runs.size()))
        .arg(m_key);
}

void ReportCurveFigure::render(QPainter& painter, const QRectF& rect)
{
    MetricChart chart(m_key, m_cache.get());
    chart.setOptions(m_options);
    chart.setTheme(ChartTheme::paper());
    chart.setRuns(m_runs);
    // The chart is never shown: give its plot the figure's size directly and draw twice,
    // since the first layout tells the chart how many pixel columns its curves get.
    QCustomPlot* plot = chart.plot();
    plot->setViewport(QRect(0, 0, qRound(rect.width()), qRound(rect.height())));
    chart.ensureRendered();
    chart.ensureRendered();
    CompareChartStyle::renderPlot(plot, painter, rect);
}

} // namespace runlens
