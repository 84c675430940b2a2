#pragma once

#include "charts/ChartOptions.h"
#include "charts/ChartTheme.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QGridLayout;

namespace runlens {

class CurveCache;
class MetricChart;

// Small multiples: one MetricChart per metric key, as many per row as fit (W&B, Aim).
// Charts are kept while their key stays, so live updates and zoom survive a change of
// selection or filter.
class ChartGrid : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMinChartWidth = 360;

    explicit ChartGrid(CurveCache* cache, QWidget* parent = nullptr);

    void setKeys(const QStringList& keys);
    QStringList keys() const { return m_order; }
    MetricChart* chart(const QString& key) const { return m_charts.value(key); }
    QList<MetricChart*> charts() const;
    void setOptions(const ChartOptions& options);
    void setTheme(const ChartTheme& theme);
    int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    CurveCache* m_cache;
    QGridLayout* m_layout;
    QMap<QString, MetricChart*> m_charts;
    QStringList m_order;
    ChartOptions m_options;
    ChartTheme m_theme;
    int m_columns = 0;
};

} // namespace runlens
