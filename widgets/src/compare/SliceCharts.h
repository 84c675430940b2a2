#pragma once

#include "compare/CompareGrouping.h"

#include "runlens/compare/SliceTable.h"

#include <QTabWidget>

class QComboBox;

namespace runlens {

class SliceBarChart;
class SliceCurvesChart;
class SliceHeatmap;
class StoreSession;

// The charts of SliceView's chosen metric, one tab each: grouped bars, a heatmap of
// slices × columns (scrolled when taller than the tab), and the slice curves over steps
// of one run, chosen in a box above them among the runs of the columns.
class SliceCharts : public QTabWidget {
    Q_OBJECT
public:
    SliceCharts(StoreSession* session, RunColorFunction runColor, QWidget* parent = nullptr);

    // The runs of columns become the choices of the curves tab; the chosen run is kept
    // when it is still among them. Draws nothing: setData() follows.
    void setColumns(const std::vector<RunGroup>& columns);
    // Draws key's slices of table, columns in colors.
    void setData(const SliceTable& table, const QString& key, const QVector<QColor>& colors);
    // Which run the curves tab shows (uuid).
    void setCurveRun(const QString& runId);

    SliceBarChart* barChart() const { return m_bars; }
    SliceHeatmap* heatmap() const { return m_heatmap; }
    SliceCurvesChart* curvesChart() const { return m_curves; }

private:
    QWidget* buildCurvesPage();
    void refreshCurves();

    StoreSession* m_session;
    RunColorFunction m_runColor;
    std::vector<RunGroup> m_columns;
    QString m_key;
    SliceBarChart* m_bars;
    SliceHeatmap* m_heatmap;
    SliceCurvesChart* m_curves = nullptr;
    QComboBox* m_runBox = nullptr;
};

} // namespace runlens
