#pragma once

#include "runs/RunColumn.h"

#include <QWidget>

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

signals:
    void openStoreRequested();
    void demoRequested();
    void chooseColumnsRequested();
    void contextMenuRequested(const QPoint& globalPos);
    void shownCountChanged(int shown);

private:
    QWidget* buildFilterRow();
    QWidget* buildEmptyPage();
    void syncSelection();
    void headerMenu(const QPoint& pos);
    void updateNoMatch();

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
};

} // namespace runlens
