#include "charts/ChartGrid.h"

#include "charts/MetricChart.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace runlens {

ChartGrid::ChartGrid(CurveCache* cache, QWidget* parent)
    : QWidget(parent), m_cache(cache), m_layout(new QGridLayout(this)), m_theme(ChartTheme::fromPalette(palette()))
{
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(6);
}

QList<MetricChart*> ChartGrid::charts() const
{
    QList<MetricChart*> out;
    for (const auto& key : m_order)
        out.append(m_charts.value(key));
    return out;
}

void ChartGrid::setKeys(const QStringList& keys)
{
    for (auto it = m_charts.begin(); it != m_charts.end();) {
        if (!keys.contains(it.key())) {
            (*it)->deleteLater();
            it = m_charts.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& key : keys) {
        if (m_charts.contains(key))
            continue;
        auto* chart = new MetricChart(key, m_cache, this);
        chart->setTheme(m_theme);
        chart->setOptions(m_options);
        m_charts.insert(key, chart);
    }
    bool orderChanged = keys != m_order;
    m_order = keys;
    if (orderChanged)
        relayout();
}

void ChartGrid::setOptions(const ChartOptions& options)
{
    m_options = options;
    for (auto* c : std::as_const(m_charts))
        c->setOptions(options);
}

void ChartGrid::setTheme(const ChartTheme& theme)
{
    m_theme = theme;
    for (auto* c : std::as_const(m_charts))
        c->setTheme(theme);
}

void ChartGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    int columns = std::max(1, (event->size().width() - 8) / kMinChartWidth);
    if (columns != m_columns)
        relayout();
}

void ChartGrid::relayout()
{
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0);
    m_columns = std::max(1, (width() - 8) / kMinChartWidth);
    int chartWidth = (width() - 8) / m_columns;
    int height = std::clamp(chartWidth * 2 / 3, 220, 340);
    for (int i = 0; i < m_order.size(); ++i) {
        MetricChart* chart = m_charts.value(m_order[i]);
        chart->setFixedHeight(height);
        m_layout->addWidget(chart, i / m_columns, i % m_columns);
        chart->show();
    }
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, c < m_columns ? 1 : 0);
    for (int r = 0; r < m_layout->rowCount(); ++r)
        m_layout->setRowStretch(r, 0);
    // Fill the rest of the view from the top down, not spread the rows over it.
    m_layout->setRowStretch(int(m_order.size() + m_columns - 1) / m_columns, 1);
}

} // namespace runlens
