#pragma once

#include "compare/CompareGrouping.h"

#include "runlens/compare/SliceTable.h"
#include "runlens/model/RunRecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace runlens {

class StoreSession;

class CompareTableView;
class CompareFilterProxy;
class SliceBarChart;
class SliceCharts;
class SliceCurvesChart;
class SliceHeatmap;
class SliceTableModel;

// Per-slice results of the compared runs or groups: core's SliceTable as a sortable
// table (worst slice first, delta to the baseline, flags as icons), and three charts
// of the chosen metric (SliceCharts): grouped bars, a heatmap of slices × columns, and
// the slice curves over steps of one run.
//
// For the PDF report: barChart(), heatmap() and curvesChart() each have
// render(QPainter&, const QRectF&), the code path the screen uses; table() gives the
// core data for printing the table.
class SliceView : public QWidget {
    Q_OBJECT
public:
    SliceView(StoreSession* session, RunColorFunction runColor, QWidget* parent = nullptr);

    // Builds core's SliceTable for these columns; keeps the chosen metric when it still
    // has slices.
    void setColumns(const std::vector<RunGroup>& columns, const SliceTable::Options& options);
    void setKey(const QString& key);
    QString key() const;
    void setOrder(SliceTable::Order order);
    void setOnlyFlagged(bool on);
    // Which run the curves chart shows (uuid).
    void setCurveRun(const QString& runId);

    const SliceTable& table() const { return m_table; }
    SliceTableModel* model() const { return m_model; }
    CompareFilterProxy* proxy() const { return m_proxy; }
    CompareTableView* tableView() const { return m_view; }
    SliceBarChart* barChart() const;
    SliceHeatmap* heatmap() const;
    SliceCurvesChart* curvesChart() const;
    QTabWidget* chartTabs() const;

private:
    QWidget* buildControls();
    void refresh();
    void updateSummary();

    RunColorFunction m_runColor;
    std::vector<RunGroup> m_columns;
    QVector<QColor> m_colors;
    SliceTable m_table;
    SliceTable::Order m_order = SliceTable::Order::WorstVsOverall;

    QComboBox* m_keyBox = nullptr;
    QComboBox* m_orderBox = nullptr;
    QCheckBox* m_flaggedBox = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    SliceTableModel* m_model = nullptr;
    CompareFilterProxy* m_proxy = nullptr;
    CompareTableView* m_view = nullptr;
    SliceCharts* m_charts = nullptr;
};

} // namespace runlens
