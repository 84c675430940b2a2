#pragma once

#include "runlens/model/MetricDirections.h"
#include "runlens/compare/ParamImportance.h"
#include "runlens/model/RunRecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace runlens {

class CompareFilterProxy;
class CompareTableView;
class ImportanceChart;
class ImportanceModel;

// Which params matter for a metric over the given runs (the filtered runs of the
// browser): core's ParamImportance as bars with ± std and a table of correlations. When
// core finds the model no better than the mean (or cannot fit one), its warning or
// problem is shown above the chart, and the bars turn grey.
//
// For the PDF report: chart()->render(painter, rect) draws the same bars; result()
// holds the numbers and the warning for the text beside them.
class ImportanceView : public QWidget {
    Q_OBJECT
public:
    explicit ImportanceView(QWidget* parent = nullptr);

    void setRuns(std::vector<RunRecord> runs, const MetricDirections& directions, CompareValue pick);
    void setMetric(const QString& metric);
    QString metric() const;
    // Weigh the params that only tell repeats of one config apart (seed) too; off by
    // default, and the summary names what was left out.
    void setIncludeRepeats(bool include);
    bool includeRepeats() const;
    QString summaryText() const;

    const ParamImportance& result() const { return m_result; }
    // The warning or problem shown, "" when there is none.
    QString warningText() const;
    bool warningVisible() const;
    ImportanceChart* chart() const { return m_chart; }
    ImportanceModel* model() const { return m_model; }

private:
    void recompute();
    void showResult();

    std::vector<RunRecord> m_runs;
    MetricDirections m_directions;
    CompareValue m_pick = CompareValue::Last;
    ParamImportance m_result;

    QComboBox* m_metricBox;
    QCheckBox* m_includeRepeats;
    QLabel* m_warning;
    QLabel* m_summary;
    QLabel* m_footnote;
    ImportanceChart* m_chart;
    ImportanceModel* m_model;
    CompareFilterProxy* m_proxy;
    CompareTableView* m_table;
};

} // namespace runlens
