#pragma once

#include "compare/CompareGrouping.h"

#include "runlens/compare/CompareValue.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/model/RunRecord.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace runlens {

class ParallelCoordinatesPlot;

// Parallel coordinates over the runs: pick the params (checkable list) and one metric;
// brushing a range on any axis selects the runs inside every range and emits
// selectionChanged with their ids, which the main window passes on to the runs table.
//
// For the PDF report: plot()->render(painter, rect) draws the same plot.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT
public:
    explicit ParallelCoordinatesView(RunColorFunction runColor, QWidget* parent = nullptr);

    void setRuns(std::vector<RunRecord> runs, const MetricDirections& directions, CompareValue pick);
    void setParams(const std::vector<std::string>& params);
    std::vector<std::string> params() const;
    void setMetric(const QString& metric);
    QString metric() const;

    ParallelCoordinatesPlot* plot() const { return m_plot; }

signals:
    // The runs inside every brushed range; empty when the last brush was cleared.
    void selectionChanged(const QStringList& runIds);

private:
    void rebuild();
    void brushesChanged();

    RunColorFunction m_runColor;
    std::vector<RunRecord> m_runs;
    MetricDirections m_directions;
    CompareValue m_pick = CompareValue::Last;
    QListWidget* m_paramList;
    QComboBox* m_metricBox;
    QLabel* m_status;
    ParallelCoordinatesPlot* m_plot;
};

} // namespace runlens
