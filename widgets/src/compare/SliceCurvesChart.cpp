#include "compare/SliceCurvesChart.h"

#include "charts/ChartToolTip.h"
#include "common/StoreSession.h"
#include "charts/LegendNames.h"

#include "compare/CompareChartMenu.h"
#include "compare/CompareChartStyle.h"
#include "compare/CompareFormat.h"

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {
// Matplotlib's Dark2 and Set1 without their reds: slice colours that do not look like
// the better / worse marks of the other views.
const QColor kSliceColors[] = {QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3),
                               QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e), QColor(0xe6, 0xab, 0x02),
                               QColor(0xa6, 0x76, 0x1d), QColor(0x37, 0x7e, 0xb8), QColor(0x98, 0x4e, 0xa3),
                               QColor(0x17, 0xbe, 0xcf)};
} // namespace

SliceCurvesChart::SliceCurvesChart(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("sliceCurves"));
    CompareChartMenu::attach(this);
    // Never zero-sized (a collapsed splitter or unshown tab): QCustomPlot cannot paint into that.
    setMinimumSize(240, 160);
    legend->setVisible(true);
    // Legend to the right of the axes, never over the curves.
    auto* side = new QCPLayoutGrid;
    plotLayout()->addElement(0, 1, side);
    plotLayout()->setColumnStretchFactor(1, 0.001);
    axisRect()->insetLayout()->take(legend);
    side->addElement(0, 0, legend);
    // An empty element below takes the spare height, so the legend stays compact at the top.
    side->addElement(1, 0, new QCPLayoutElement(this));
    side->setRowStretchFactor(0, 0.001);
    side->setRowStretchFactor(1, 1);
    side->setMargins(QMargins(0, 6, 6, 6));
    xAxis->setLabel(tr("step"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    CompareChartStyle::apply(this, CompareChartStyle::fromPalette(palette()));
}

void SliceCurvesChart::clearRun()
{
    clearGraphs();
    m_runName.clear();
    replot();
}

void SliceCurvesChart::setRun(StoreSession* session, const RunRecord& run, const QString& key, const QColor& runColor)
{
    clearGraphs();
    m_runName = QString::fromStdString(run.name.empty() ? run.uuid : run.name);
    std::string k = key.toStdString();
    std::vector<std::string> slices;
    for (const auto& s : run.series)
        if (s.key == k && !s.slice.empty())
            slices.push_back(s.slice);
    std::sort(slices.begin(), slices.end());
    auto addLine = [&](const std::string& slice, const QPen& pen, const QString& name) {
        SeriesData data = session->metric(QString::fromStdString(run.uuid), key, false, QString::fromStdString(slice));
        QVector<double> x, y;
        x.reserve(int(data.size()));
        y.reserve(int(data.size()));
        for (std::size_t i = 0; i < data.size(); ++i) {
            x << double(data.steps[i]);
            y << data.values[i];
        }
        QCPGraph* g = addGraph();
        g->setName(name);
        g->setPen(pen);
        g->setData(x, y, true);
        g->setAdaptiveSampling(true);
    };
    // Overall first in the legend, but on a layer above the slices so it stays on top.
    if (run.metric(k)) {
        addLine({}, QPen(runColor, 3.2), tr("overall"));
        if (!layer(QStringLiteral("overall")))
            addLayer(QStringLiteral("overall"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
        graph(0)->setLayer(QStringLiteral("overall"));
    }
    // Slice names beside the axes get at most a third of the width, kept apart.
    QStringList names;
    for (const auto& s : slices)
        names << QString::fromStdString(s);
    names = LegendNames::fit(names, QFontMetricsF(legend->font()), std::max(120.0, width() / 3.0));
    for (std::size_t i = 0; i < slices.size(); ++i)
        addLine(slices[i], QPen(kSliceColors[i % std::size(kSliceColors)], 1.6), names[int(i)]);
    xAxis->setLabel(tr("step"));
    yAxis->setLabel(tr("%1 of %2").arg(key, m_runName));
    rescaleAxes();
    QCPRange y = yAxis->range();
    double pad = (y.upper - y.lower) * 0.05 + (y.upper == y.lower ? 0.5 : 0);
    yAxis->setRange(y.lower - pad, y.upper + pad);
    replot();
}

QStringList SliceCurvesChart::lineNames() const
{
    QStringList names;
    for (int i = 0; i < graphCount(); ++i)
        names << graph(i)->name();
    return names;
}

QString SliceCurvesChart::toolTipAt(const QPointF& pos) const
{
    if (graphCount() == 0 || !axisRect()->rect().contains(pos.toPoint()))
        return {};
    double step = xAxis->pixelToCoord(pos.x());
    QStringList lines{tr("%1, step %2").arg(m_runName).arg(std::llround(step))};
    for (int i = 0; i < graphCount(); ++i) {
        auto data = graph(i)->data();
        if (data->isEmpty())
            continue;
        auto it = data->findBegin(step, false);
        if (it == data->constEnd())
            --it;
        // The nearer of the two neighbours.
        if (it != data->constBegin() && std::fabs((it - 1)->key - step) < std::fabs(it->key - step))
            --it;
        lines << tr("%1: %2").arg(graph(i)->name(), CompareFormat::number(it->value));
    }
    return lines.join(QLatin1Char('\n'));
}

bool SliceCurvesChart::event(QEvent* event)
{
    auto textAt = [this](const QPointF& pos) { return toolTipAt(pos); };
    return ChartToolTip::handle(event, this, textAt) || QCustomPlot::event(event);
}

void SliceCurvesChart::render(QPainter& painter, const QRectF& rect) { CompareChartStyle::renderPlot(this, painter, rect); }

} // namespace runlens
