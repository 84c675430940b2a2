#pragma once

#include "runs/RunColumn.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace runlens {

class QueryBar;
class RunFilterProxy;
class RunSelection;
class RunTableModel;
class StatusFilter;

// The runs browser: query bar and quick filters above the runs table, and the empty
// states (no store, no runs). Its selection drives RunSelection.
class RunsView : public QWidget {
    Q_OBJECT
public:
    enum class State { NoStore, NoRuns, Runs };

    RunsView(RunTableModel* model, RunSelection* selection, QWidget* parent = nullptr);

    QueryBar* queryBar() const { return m_query; }
    QLineEdit* textFilter() const { return m_text; }
    StatusFilter* statusFilter() const { return m_status; }
    QTableView* table() const { return m_table; }
    RunFilterProxy* proxy() const { return m_proxy; }
    void setState(State state);
    State state() const { return m_state; }

    // Selects these runs (those that are shown) and scrolls to the first.
    void selectRuns(const QStringList& uuids);
    QStringList selectedRuns() const;
    // Columns chosen by the user; headers are restored with them when they still fit.
    void setUserColumns(const QList<RunColumn>& columns);
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

    // While on (no columns were chosen for this store), the params and metrics worth a
    // column join the table as runs and keys arrive: a window opened on an empty store
    // fills in as runs are logged or imported, as it would after a restart.
    void setAutomaticColumns(bool on);
    bool automaticColumns() const { return m_automaticColumns; }
    // Adds the suggested columns still missing (when automatic) and fits the widths
    // nobody set by hand: what F5 does besides reading the store again.
    void refreshColumns();
    // Widths to the contents of the rows (a sample of them): numbers whole, long texts
    // capped. Columns first..last; last < 0 = to the end; growOnly: never narrower.
    void fitColumns(int first = 0, int last = -1, bool growOnly = false);
    // Whether the user has set column widths (dragged, or restored from last time).
    bool columnsSizedByUser() const { return m_sizedByUser; }

signals:
    void openStoreRequested();
    void demoRequested();
    void chooseColumnsRequested();
    // The user changed the columns here (removed one from the header's menu).
    void columnsChosen(const QList<runlens::RunColumn>& columns);
    void contextMenuRequested(const QPoint& globalPos);
    void shownCountChanged(int shown);

private:
    QWidget* buildFilterRow();
    QWidget* buildEmptyPage();
    void connectColumnUpdates();
    void syncSelection();
    void headerMenu(const QPoint& pos);
    void updateNoMatch();
    void filterSettled();
    std::vector<int> selectedProxyRows() const;
    void addSuggestedColumns();
    int widestNumber() const;

    RunTableModel* m_model;
    RunSelection* m_selection;
    RunFilterProxy* m_proxy;
    QueryBar* m_query;
    QLineEdit* m_text;
    StatusFilter* m_status;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_noMatch;
    QStackedWidget* m_stack;
    QTimer* m_countTimer;
    QLabel* m_emptyLabel;
    QPushButton* m_openButton;
    QPushButton* m_demoButton;
    State m_state = State::NoStore;
    bool m_syncing = false;
    bool m_automaticColumns = false;
    bool m_sizedByUser = false;
    bool m_sizing = false; // widths set here, not by the user
};

} // namespace runlens
