#pragma once

#include "compare/CompareGrouping.h"

#include "runlens/compare/Comparison.h"
#include "runlens/model/MetricDirection.h"
#include "runlens/model/RunRecord.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QComboBox;
class QTabWidget;

namespace runlens {

class StoreSession;

class CompareMetricsPage;
class CompareRowsPage;
class ImportanceView;
class ParallelCoordinatesView;
class ScatterView;
class SliceView;

// "Is model B really better than model A, and where?": the selected runs side by side.
// One column per run, or per group (same config except seed, or a param's or tag's
// value), one column pinned as the baseline (toolbar, or right-click a column header).
// Tabs: Metrics (value, delta, better/worse by direction, mean ± std, CI and Welch's
// verdict for groups), Params (differences highlighted), Run info, the overlaid curves
// (when the app gives a factory for its chart widget), Slices, Parallel coordinates,
// Scatter and Importance.
//
// Everything statistical is core's (Comparison, SliceTable, ScatterData,
// ParamImportance); this window only shows it. Metric directions the user sets are
// stored in the store (through the session), so every view and report sees them.
//
// Embed it as a tab (it is a QMainWindow, which works as a child widget) or show it
// as a window of its own. See each view's header for how the PDF report draws it.
class CompareWindow : public QMainWindow {
    Q_OBJECT
public:
    // Builds the overlaid learning-curves view of the compared runs (the app's chart).
    using CurvesFactory = std::function<QWidget*(QWidget* parent, const std::vector<RunRecord>& runs)>;

    // The session must outlive the window; a comparison belongs to one store.
    CompareWindow(StoreSession* session, std::vector<RunRecord> runs, RunColorFunction runColor,
                  CurvesFactory curves = {}, QWidget* parent = nullptr);

    // More runs than this start grouped by config (seeds together) when that groups any.
    static constexpr std::size_t kManyRuns = 12;

    // Runs are shown oldest first (by start time), so the default baseline is the run
    // the others were meant to improve on.
    // New versions of the runs (live training, edits): recomputes, keeping grouping,
    // baseline and the choices in every tab.
    void setRuns(std::vector<RunRecord> runs);
    const std::vector<RunRecord>& runs() const { return m_runs; }
    void setGrouping(const CompareGrouping& grouping);
    CompareGrouping grouping() const { return m_grouping; }
    void setBaseline(std::size_t column);
    std::size_t baseline() const { return m_baseline; }
    void setPick(CompareValue pick);
    CompareValue pick() const { return m_pick; }
    // Remembers the user's direction for a metric key in the store (nullopt: back to
    // the name rule) and recolours. False (and errorOccurred) when the store refused.
    bool setDirection(const QString& key, std::optional<MetricDirection> direction);
    // Reads the directions from the store again (another window changed them).
    void reloadDirections();

    const Comparison& comparison() const { return m_comparison; }
    const std::vector<RunGroup>& columns() const { return m_columns; }
    QTabWidget* tabs() const { return m_tabs; }
    CompareMetricsPage* metricsPage() const { return m_metrics; }
    CompareRowsPage* paramsPage() const { return m_params; }
    CompareRowsPage* infoPage() const { return m_info; }
    QWidget* curvesView() const { return m_curves; }
    SliceView* sliceView() const { return m_slices; }
    ParallelCoordinatesView* parallelView() const { return m_parallel; }
    ScatterView* scatterView() const { return m_scatter; }
    ImportanceView* importanceView() const { return m_importance; }

signals:
    // Runs chosen in the parallel coordinates (brushing) or the scatter (clicking):
    // connect to the runs table's selection. Empty when a selection was cleared.
    void selectionChanged(const QStringList& runIds);
    // The user changed a metric's direction (stored): other open views may reload.
    void directionsChanged();
    // Something the user asked for failed (e.g. a read-only store); also in the status bar.
    void errorOccurred(const QString& message);

private:
    void buildToolBar();
    void buildTabs();
    void fillGroupings();
    void fillBaselines();
    void addCloseKeys();
    void regroup();
    void recompute();
    void updateManyRunViews();
    void rebuildCurves();
    void loadDirections();
    void fail(const QString& message);

    StoreSession* m_session;
    RunColorFunction m_runColor;
    CurvesFactory m_curvesFactory;
    std::vector<RunRecord> m_runs;
    CompareGrouping m_grouping;
    std::vector<CompareGrouping> m_groupings; // the choices in m_groupingBox
    std::vector<RunGroup> m_columns;
    std::size_t m_baseline = 0;
    CompareValue m_pick = CompareValue::Last;
    std::string m_baselineLabel; // the baseline column's label, kept across regrouping
    MetricDirections m_directions;
    Comparison m_comparison;

    QComboBox* m_groupingBox = nullptr;
    QComboBox* m_baselineBox = nullptr;
    QComboBox* m_pickBox = nullptr;
    QTabWidget* m_tabs = nullptr;
    CompareMetricsPage* m_metrics = nullptr;
    CompareRowsPage* m_params = nullptr;
    CompareRowsPage* m_info = nullptr;
    QWidget* m_curves = nullptr;
    SliceView* m_slices = nullptr;
    ParallelCoordinatesView* m_parallel = nullptr;
    ScatterView* m_scatter = nullptr;
    ImportanceView* m_importance = nullptr;
};

} // namespace runlens
