#pragma once

#include <QMainWindow>

class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QLabel;

namespace runlens {

class RunTableModel;
class StoreSession;

// The window a user lives in: experiments in a dock, the runs of the chosen
// experiment in a sortable table.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(StoreSession* session, QWidget* parent = nullptr);

    RunTableModel* runModel() const { return m_runModel; }
    QTableView* runTable() const { return m_table; }

public slots:
    void reload();

private slots:
    void openStoreDialog();
    void experimentChosen();
    void showError(const QString& message);

private:
    void buildMenus();
    void buildExperimentsDock();
    QWidget* buildEmptyState();
    void updateStatusBar(int shown);

    StoreSession* m_session;
    RunTableModel* m_runModel;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QListWidget* m_experiments;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
};

} // namespace runlens
