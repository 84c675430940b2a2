#pragma once

#include "charts/ChartOptions.h"
#include "charts/ChartRun.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSlider;
class QStackedWidget;
class QToolButton;

namespace runlens {

class ChartGrid;
class CurveCache;
class RunTableModel;
class StoreSession;
struct RunRecord;

// The learning curves of the selected runs: a toolbar (metric filter, X axis, log Y,
// smoothing, grouping), a legend, and one chart per metric key in a scrollable grid.
// Runs are drawn in their RunColors colour; at most kMaxRuns runs at once.
class CurvesPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 100;

    CurvesPanel(StoreSession* session, RunTableModel* runs, QWidget* parent = nullptr);

    // The runs to draw, in selection order.
    void setSelection(const QStringList& uuids);
    QStringList selection() const { return m_selection; }
    // The records changed (live polling): new points, new metrics, new names.
    void runsUpdated();
    // Another store was opened ("" = none): its own grouping comes back, if its runs
    // still have that param or tag.
    void setStore(const QString& storePath);

    ChartOptions options() const { return m_options; }
    void setOptions(const ChartOptions& options);
    CurveCache* cache() const { return m_cache; }
    ChartGrid* grid() const { return m_grid; }
    QStringList shownKeys() const;
    QString emptyText() const;
    QLineEdit* keyFilter() const { return m_keyFilter; }

signals:
    void optionsChanged(const runlens::ChartOptions& options);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildToolbar();
    void rebuild();
    void fetchNewPoints();
    void optionsEdited();
    void syncControls();
    void refillGroupChoices();
    void updateLegend(const QList<ChartRun>& runs, int selected);
    void showVisibleCharts();
    QString groupLabel(const RunRecord& run) const;
    void saveGrouping() const;

    StoreSession* m_session;
    RunTableModel* m_runs;
    CurveCache* m_cache;
    ChartGrid* m_grid;
    QScrollArea* m_scroll;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_legend;
    QLineEdit* m_keyFilter;
    QComboBox* m_xAxis;
    QToolButton* m_logY;
    QComboBox* m_smoothingKind;
    QSlider* m_smoothing;
    QLabel* m_smoothingValue;
    QCheckBox* m_showRaw;
    QComboBox* m_groupBy;
    QComboBox* m_band;
    ChartOptions m_options;
    QStringList m_selection;
    QMap<QString, QList<ChartRun>> m_byKey;
    bool m_syncing = false;
    QString m_storeGroup; // the open store's settings group
};

} // namespace runlens
