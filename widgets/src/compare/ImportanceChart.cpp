#include "compare/ImportanceChart.h"

#include "charts/ChartToolTip.h"
#include "common/NumberFormat.h"
#include "compare/CompareChartMenu.h"
#include "compare/CompareChartStyle.h"
#include "compare/CompareFormat.h"

#include <cmath>

namespace runlens {

ImportanceChart::ImportanceChart(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("importanceChart"));
    CompareChartMenu::attach(this);
    // Never zero-sized (a collapsed splitter or unshown tab): QCustomPlot cannot paint into that.
    setMinimumSize(240, 160);
    CompareChartStyle::apply(this, CompareChartStyle::fromPalette(palette()));
    yAxis->grid()->setVisible(false);
}

void ImportanceChart::setResult(const ParamImportance& result)
{
    m_result = result;
    clearPlottables();
    m_bars = new QCPBars(yAxis, xAxis); // key axis vertical: horizontal bars
    m_errors = new QCPErrorBars(yAxis, xAxis);
    m_errors->setDataPlottable(m_bars);
    m_errors->setErrorType(QCPErrorBars::etValueError);
    m_errors->setSymbolGap(0);
    m_errors->setWhiskerWidth(10);
    bool noise = !result.warning.empty();
    QColor fill = noise ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x31, 0x6f, 0xb5);
    m_bars->setBrush(fill);
    m_bars->setPen(QPen(fill.darker(130), 1));
    m_bars->setWidth(0.65);
    m_errors->setPen(QPen(palette().color(QPalette::Text), 1.3));

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, values, errors;
    std::size_t n = result.entries.size();
    // Ascending keys (QCPErrorBars pairs its errors with the bars by index), the
    // largest importance at the top.
    for (std::size_t i = n; i-- > 0;) {
        const auto& e = result.entries[i];
        double key = double(n - i);
        keys << key;
        values << e.importance;
        errors << e.importanceStd;
        ticker->addTick(key, QString::fromStdString(e.param));
    }
    m_bars->setData(keys, values, true);
    m_errors->setData(errors);
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, double(n) + 0.6);
    double hi = 0;
    for (int i = 0; i < values.size(); ++i)
        if (std::isfinite(values[i] + errors[i]))
            hi = std::max(hi, values[i] + errors[i]);
    double lo = 0;
    for (int i = 0; i < values.size(); ++i)
        if (std::isfinite(values[i] - errors[i]))
            lo = std::min(lo, values[i] - errors[i]);
    xAxis->setRange(lo - (hi - lo) * 0.02, hi > lo ? hi + (hi - lo) * 0.08 : 1);
    xAxis->setLabel(tr("increase of the squared error of %1 when the param is shuffled")
                        .arg(QString::fromStdString(result.metric)));
    replot();
}

QString ImportanceChart::toolTipAt(const QPointF& pos) const
{
    if (!m_bars || m_result.entries.empty())
        return {};
    double key = yAxis->pixelToCoord(pos.y());
    long i = long(m_result.entries.size()) - std::lround(key);
    if (i < 0 || i >= long(m_result.entries.size()) || std::fabs(key - std::round(key)) > 0.4)
        return {};
    const auto& e = m_result.entries[std::size_t(i)];
    return tr("%1\nimportance %2 ± %3 (share %4 %)")
        .arg(QString::fromStdString(e.param), CompareFormat::number(e.importance, 4),
             CompareFormat::number(e.importanceStd, 3), NumberFormat::fixed(e.share * 100, 1));
}

bool ImportanceChart::event(QEvent* event)
{
    auto textAt = [this](const QPointF& pos) { return toolTipAt(pos); };
    return ChartToolTip::handle(event, this, textAt) || QCustomPlot::event(event);
}

void ImportanceChart::render(QPainter& painter, const QRectF& rect) { CompareChartStyle::renderPlot(this, painter, rect); }

} // namespace runlens
