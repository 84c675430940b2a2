#pragma once

#include "runs/RunColumn.h"

#include "runlens/model/RunRecord.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QUndoGroup;
class QUndoStack;

namespace runlens {

class CurvesPanel;
class ExperimentsPanel;
class RunActions;
class StoreActions;
class RunDetailsPanel;
class RunSelection;
class RunTableModel;
class RunsView;
class StoreSession;

// The window a user lives in: the runs of the store in the middle (query bar, quick
// filters, table), experiments on the left, the current run's details on the right,
// and the learning curves of the selected runs below. The selection (runSelection())
// drives every view; other views hook into it. The store is watched while open, so new
// runs, points and statuses appear by themselves.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(StoreSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    StoreSession* session() const { return m_session; }
    RunTableModel* runModel() const { return m_model; }
    RunSelection* runSelection() const { return m_selection; }
    RunsView* runsView() const { return m_runsView; }
    QTableView* runTable() const;
    CurvesPanel* curvesPanel() const { return m_curves; }
    RunDetailsPanel* detailsPanel() const { return m_details; }
    ExperimentsPanel* experimentsPanel() const { return m_experiments; }
    RunActions* runActions() const { return m_actions; }
    // Edit → Undo/Redo (Ctrl+Z) act on the undo stack of the view that has the focus:
    // the runs' edits by default, a stack added here while focus is inside its owner.
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    void addUndoStack(QWidget* owner, QUndoStack* stack);
    QLabel* storeLabel() const { return m_storeLabel; }
    QLabel* countLabel() const { return m_countLabel; }

    // Opens files dropped or passed in: a store file is opened, anything else (folders,
    // MLflow, TensorBoard or CSV logs) is imported.
    void openPaths(const QStringList& paths);

public slots:
    void reload();
    bool openStore(const QString& path);
    void fillWithDemoRuns();
    void importPaths(const QStringList& paths);

signals:
    // Files or folders to import into the open store (drops, File > Import…).
    void importRequested(const QStringList& paths);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildDocks();
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildStatusBar();
    void connectViews();
    void storeChanged(const std::vector<runlens::RunRecord>& runs);
    void runsChanged();
    void reloadExperiments();
    void showCurrentRun();
    void selectFirstRun();
    void updateStatusBar();
    void importDialog(bool folder);
    void syncDialog();
    void chooseColumns();
    void setUserColumns(const QList<RunColumn>& columns);
    void restoreStoreSettings();
    void saveStoreSettings();
    QString storeSettingsKey() const;
    void showError(const QString& message);
    void resetLayout();

    StoreSession* m_session;
    RunTableModel* m_model;
    RunSelection* m_selection;
    RunsView* m_runsView;
    ExperimentsPanel* m_experiments;
    RunDetailsPanel* m_details;
    CurvesPanel* m_curves;
    RunActions* m_actions;
    StoreActions* m_stores;
    QUndoGroup* m_undoGroup = nullptr;
    QList<QPair<QPointer<QWidget>, QUndoStack*>> m_undoOwners;
    QDockWidget* m_experimentsDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_curvesDock = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_showArchived = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_liveLabel = nullptr;
    QByteArray m_defaultState;
    QString m_settingsStore; // the store whose column settings are loaded
};

} // namespace runlens
