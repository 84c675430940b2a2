#include "window/MainWindow.h"

#include "window/AnalysisActions.h"

#include "common/AppTheme.h"
#include "runs/ColumnChooserDialog.h"
#include "window/CurvesPanel.h"
#include "runs/ExperimentsPanel.h"
#include "runs/FirstRunChoice.h"
#include "import/ImportDialog.h"
#include "window/PreferencesDialog.h"
#include "window/RecentStores.h"
#include "window/StoreActions.h"
#include "runs/QueryBar.h"
#include "runs/RunActions.h"
#include "runs/RunDetailsPanel.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "runs/RunsView.h"
#include "sync/SyncDialog.h"
#include "common/StoreSession.h"
#include "common/StoreSettings.h"
#include "common/StoreWatcher.h"
#include "runlens/Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

static void initResources() { Q_INIT_RESOURCE(runlens); }

namespace runlens {

MainWindow::MainWindow(StoreSession* session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_model(new RunTableModel(this)), m_selection(new RunSelection(this)),
      m_runsView(new RunsView(m_model, m_selection)), m_experiments(new ExperimentsPanel),
      m_details(new RunDetailsPanel(session, m_model)), m_curves(new CurvesPanel(session, m_model)),
      m_actions(new RunActions(session, m_model, m_selection, this)),
      m_stores(new StoreActions(session, this, [this](const QString& m) { showError(m); }))
{
    initResources(); // the widgets library is static: its resources need a nudge
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Runlens"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/runlens.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_runsView);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    buildDocks();
    buildMenus();
    new AnalysisActions(this); // Compare, Export Report, Pipeline Diagrams
    buildStatusBar();
    connectViews();
    // The first size fits the screen: 1 500 × 960 ran past a 1 366 × 768 laptop's edge.
    const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1500, 960);
    // Less a window manager's title bar and side borders: 1 366 wide plus a frame ran
    // past a 1 366 × 768 screen's edge.
    resize(QSize(1500, 960).boundedTo(room - QSize(16, 40)));
    resizeDocks({m_curvesDock}, {height() * 52 / 100}, Qt::Vertical);
    resizeDocks({m_experimentsDock, m_detailsDock}, {width() * 15 / 100, width() / 4}, Qt::Horizontal);
    m_defaultState = saveState();
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    // A window made for a store that is open already (the app opens it after this).
    storeChanged(m_session->isOpen() ? m_session->runs({.includeArchived = true}) : std::vector<RunRecord>{});
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::runTable() const { return m_runsView->table(); }

void MainWindow::buildDocks()
{
    auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    // The side docks run full height; the curves sit under the table.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_experimentsDock = dock(tr("Experiments"), QStringLiteral("experimentsDock"), m_experiments, Qt::LeftDockWidgetArea);
    m_detailsDock = dock(tr("Run Details"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    m_curvesDock = dock(tr("Learning Curves"), QStringLiteral("curvesDock"), m_curves, Qt::BottomDockWidgetArea);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Runlens"), this, [this] {
        QMessageBox::about(this, tr("About Runlens"),
                           tr("<h3>Runlens %1</h3><p>A desktop experiment tracker for machine-learning runs: "
                              "a local SQLite store, live learning curves, comparisons and pipeline diagrams.</p>")
                               .arg(QStringLiteral(RUNLENS_VERSION)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_stores->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Import Folder…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { importDialog(true); })
        ->setToolTip(tr("Import MLflow, TensorBoard or CSV logs from a folder"));
    file->addAction(tr("Import &Files…"), this, [this] { importDialog(false); });
    QAction* sync = file->addAction(tr("&Sync Runs…"), this, &MainWindow::syncDialog);
    sync->setObjectName(QStringLiteral("syncRunsAction"));
    sync->setToolTip(tr("Bring runs from another store into this one, or the other way"));
    file->addAction(tr("Fill with &Demo Runs"), this, &MainWindow::fillWithDemoRuns);
    file->addSeparator();
    file->addAction(tr("Re&load"), QKeySequence::Refresh, this, &MainWindow::reload);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::buildEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_actions->undoStack());
    m_undoGroup->setActiveStack(m_actions->undoStack());
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (!now || now->window() != this)
            return; // a dialog or another window: keep what Ctrl+Z means here
        QUndoStack* stack = m_actions->undoStack();
        for (const auto& [owner, ownerStack] : m_undoOwners) {
            if (owner && (owner == now || owner->isAncestorOf(now)))
                stack = ownerStack;
        }
        m_undoGroup->setActiveStack(stack);
    });
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_actions->addTo(edit);
    // The run shortcuts work while the table has the focus.
    m_runsView->table()->addActions({m_actions->rename(), m_actions->addTag(), m_actions->editNotes(),
                                     m_actions->archive(), m_actions->unarchive(), m_actions->remove(),
                                     m_actions->copyId()});
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_runsView->queryBar(), &QueryBar::focusQuery)
        ->setToolTip(tr("Type a query in the query bar"));
    edit->addAction(tr("Filter by &Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, [this] {
        m_runsView->textFilter()->setFocus(Qt::ShortcutFocusReason);
        m_runsView->textFilter()->selectAll();
    });
    edit->addSeparator();
    QAction* prefs = edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                                     [this] { PreferencesDialog(this).exec(); });
    prefs->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::buildViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_experimentsDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_curvesDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_showArchived = m_viewMenu->addAction(tr("Show &Archived"));
    m_showArchived->setCheckable(true);
    connect(m_showArchived, &QAction::toggled, m_experiments, &ExperimentsPanel::setShowArchived);
    m_viewMenu->addAction(tr("Choose &Columns…"), this, &MainWindow::chooseColumns);
    m_viewMenu->addSeparator();
    QMenu* theme = m_viewMenu->addMenu(tr("&Theme"));
    auto* group = new QActionGroup(this);
    const std::pair<AppTheme::Mode, QString> modes[] = {{AppTheme::Mode::System, tr("Follow the &System")},
                                                        {AppTheme::Mode::Light, tr("&Light")},
                                                        {AppTheme::Mode::Dark, tr("&Dark")}};
    for (const auto& [mode, text] : modes) {
        QAction* a = theme->addAction(text);
        a->setCheckable(true);
        a->setChecked(mode == AppTheme::current());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [mode] {
            AppTheme::save(mode);
            AppTheme::apply(mode);
        });
    }
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
}

void MainWindow::buildStatusBar()
{
    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_liveLabel = new QLabel;
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::connectViews()
{
    StoreWatcher* watcher = m_session->watcher();
    connect(watcher, &StoreWatcher::storeReset, this, &MainWindow::storeChanged);
    connect(m_session, &StoreSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &StoreSession::warning, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(watcher, &StoreWatcher::experimentsChanged, this, &MainWindow::reloadExperiments);
    connect(watcher, &StoreWatcher::runsAdded, this, [this](const std::vector<RunRecord>& runs) {
        const bool wasEmpty = m_model->rowCount() == 0;
        m_model->addRuns(runs);
        runsChanged();
        // The first runs of an empty store (logged live, or imported): show one.
        if (wasEmpty && m_selection->isEmpty())
            selectFirstRun();
    });
    connect(watcher, &StoreWatcher::runsChanged, this, [this](const std::vector<RunRecord>& runs) {
        for (const auto& r : runs)
            m_model->updateRun(r);
        runsChanged();
    });
    connect(watcher, &StoreWatcher::runsRemoved, this, [this](const QStringList& uuids) {
        m_model->removeRuns(uuids);
        runsChanged();
    });

    connect(m_selection, &RunSelection::changed, m_curves, &CurvesPanel::setSelection);
    connect(m_selection, &RunSelection::changed, this, &MainWindow::updateStatusBar);
    connect(m_selection, &RunSelection::currentChanged, this, &MainWindow::showCurrentRun);
    // The current run changed in the store (an edit, a live update): show it again.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        int row = m_model->rowOf(m_selection->current());
        if (row >= from.row() && row <= to.row())
            showCurrentRun();
    });

    connect(m_experiments, &ExperimentsPanel::currentChanged, m_runsView->proxy(), &RunFilterProxy::setExperiment);
    connect(m_experiments, &ExperimentsPanel::showArchivedChanged, m_runsView->proxy(), &RunFilterProxy::setShowArchived);
    connect(m_experiments, &ExperimentsPanel::showArchivedChanged, m_showArchived, &QAction::setChecked);
    connect(m_experiments, &ExperimentsPanel::archiveRequested, m_session, &StoreSession::setExperimentArchived);

    connect(m_runsView, &RunsView::openStoreRequested, m_stores, &StoreActions::openStoreDialog);
    connect(m_runsView, &RunsView::demoRequested, this, &MainWindow::fillWithDemoRuns);
    connect(m_runsView, &RunsView::chooseColumnsRequested, this, &MainWindow::chooseColumns);
    connect(m_runsView, &RunsView::columnsChosen, this, &MainWindow::setUserColumns);
    connect(m_runsView, &RunsView::shownCountChanged, this, &MainWindow::updateStatusBar);
    connect(m_runsView, &RunsView::contextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        m_actions->addTo(&menu);
        menu.exec(pos);
    });
    connect(m_actions, &RunActions::renameInPlaceRequested, this, [this](const QString& uuid) {
        int row = m_model->rowOf(uuid);
        int column = m_model->columnOf({RunColumn::Kind::Name, {}});
        QModelIndex index = m_runsView->proxy()->mapFromSource(m_model->index(row, column));
        if (index.isValid())
            m_runsView->table()->edit(index);
    });

    connect(m_details, &RunDetailsPanel::runLinkActivated, m_selection,
            [this](const QString& uuid) { emit m_selection->selectRequested({uuid}); });
    connect(m_details, &RunDetailsPanel::editNotesRequested, m_actions, &RunActions::editNotesOf);
    connect(m_details, &RunDetailsPanel::addTagRequested, m_actions, [this](const QString& uuid) { m_actions->editTag(uuid); });
    connect(m_details, &RunDetailsPanel::editTagRequested, m_actions, &RunActions::editTag);
    connect(m_details, &RunDetailsPanel::removeTagRequested, m_actions, &RunActions::removeTag);
    connect(this, &MainWindow::importRequested, this, &MainWindow::importPaths);
}

void MainWindow::addUndoStack(QWidget* owner, QUndoStack* stack)
{
    m_undoGroup->addStack(stack);
    m_undoOwners.append({owner, stack});
}

void MainWindow::storeChanged(const std::vector<RunRecord>& runs)
{
    saveStoreSettings();
    m_actions->undoStack()->clear(); // edits of another store cannot be undone here
    m_model->setRuns(runs);
    reloadExperiments();
    restoreStoreSettings();
    m_curves->setStore(m_session->isOpen() ? m_session->path() : QString());
    m_stores->storeShown();
    m_selection->set({}, {});
    m_actions->updateEnabled();
    runsChanged();
    selectFirstRun();
}

void MainWindow::selectFirstRun()
{
    // Something worth a look right away: a run with curves, its details beside them.
    std::vector<const RunRecord*> shown;
    RunFilterProxy* proxy = m_runsView->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (const RunRecord* r = m_model->runAt(proxy->mapToSource(proxy->index(row, 0)).row()))
            shown.push_back(r);
    }
    const QString uuid = FirstRunChoice::pick(shown);
    if (!uuid.isEmpty())
        m_runsView->selectRuns({uuid});
}

void MainWindow::runsChanged()
{
    if (!m_session->isOpen())
        m_runsView->setState(RunsView::State::NoStore);
    else
        m_runsView->setState(m_model->rowCount() == 0 ? RunsView::State::NoRuns : RunsView::State::Runs);
    // Runs may have been deleted elsewhere: keep only the selected ones that still exist.
    QStringList kept;
    for (const auto& uuid : m_selection->uuids()) {
        if (m_model->rowOf(uuid) >= 0)
            kept << uuid;
    }
    if (kept != m_selection->uuids())
        m_selection->set(kept, kept.contains(m_selection->current()) ? m_selection->current() : kept.value(0));
    m_curves->runsUpdated();
    m_actions->updateEnabled();
    updateStatusBar();
}

void MainWindow::reloadExperiments()
{
    m_experiments->setExperiments(m_session->experiments());
    m_runsView->proxy()->setArchivedExperiments(m_experiments->archivedNames());
}

void MainWindow::reload()
{
    if (!m_session->isOpen())
        return;
    m_session->watcher()->rescan();
    // Columns too: what a restart would show, the store's params and metrics.
    m_runsView->refreshColumns();
    statusBar()->showMessage(tr("Reloaded"), 2000);
}

void MainWindow::showCurrentRun()
{
    const RunRecord* run = m_model->runById(m_selection->current());
    m_details->showRun(run ? std::optional<RunRecord>(*run) : std::nullopt, int(m_selection->uuids().size()));
}

void MainWindow::updateStatusBar()
{
    if (!m_session->isOpen()) {
        m_storeLabel->setText(tr("No store open"));
        m_countLabel->clear();
        m_liveLabel->clear();
        return;
    }
    m_storeLabel->setText(m_session->isReadOnly() ? tr("%1 (read-only)").arg(m_session->path()) : m_session->path());
    m_countLabel->setText(tr("%n run(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                          + tr("%1 shown").arg(m_runsView->proxy()->rowCount()) + QStringLiteral(" · ")
                          + tr("%1 selected").arg(m_selection->uuids().size()));
    int running = 0;
    for (const auto& r : m_model->runs())
        running += r.status == RunStatus::Running ? 1 : 0;
    m_liveLabel->setText(running ? QStringLiteral("<span style=\"color:#1e88e5\">●</span> ")
                                       + tr("%n running", nullptr, running)
                                 : QString());
    m_liveLabel->setToolTip(tr("The store is watched: new runs, points and statuses appear by themselves."));
}

bool MainWindow::openStore(const QString& path) { return m_stores->openStore(path); }

void MainWindow::fillWithDemoRuns()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    QProgressDialog progress(tr("Training demo models…"), tr("Stop"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    m_session->fillWithDemoData([&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
}

void MainWindow::openPaths(const QStringList& paths)
{
    QString store;
    QStringList others;
    for (const auto& p : paths) {
        if (store.isEmpty() && StoreActions::isStoreFile(p))
            store = p;
        else
            others << p;
    }
    if (!store.isEmpty())
        m_stores->openStore(store);
    if (!others.isEmpty())
        emit importRequested(others);
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!m_session->isOpen() || paths.isEmpty())
        return;
    ImportReport report = ImportDialog::run(this, m_session, paths);
    if (report.importedAnything())
        m_session->watcher()->rescan();
}

void MainWindow::importDialog(bool folder)
{
    QStringList paths;
    if (folder) {
        QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(),
                                              tr("Logs (*.csv *.tfevents* events.out.*);;All files (*)"));
    }
    if (!paths.isEmpty())
        emit importRequested(paths);
}

void MainWindow::syncDialog()
{
    // Always offered: a sync needs no open store. When it fills the open one, the
    // watcher brings the new runs into the views by itself.
    SyncDialog dialog(m_session, RecentStores::list(), this);
    dialog.exec();
}

void MainWindow::chooseColumns()
{
    ColumnChooserDialog dialog(m_model, this);
    if (dialog.exec() == QDialog::Accepted)
        setUserColumns(dialog.columns());
}

void MainWindow::setUserColumns(const QList<RunColumn>& columns)
{
    m_runsView->setUserColumns(columns);
    m_runsView->setAutomaticColumns(false); // chosen: they no longer follow the runs
    m_runsView->fitColumns();
    QStringList saved;
    for (const auto& c : columns)
        saved << c.toString();
    QSettings().setValue(storeSettingsKey() + QStringLiteral("/columns"), saved);
}

QString MainWindow::storeSettingsKey() const { return StoreSettings::group(m_settingsStore); }

void MainWindow::restoreStoreSettings()
{
    m_settingsStore = m_session->path();
    QSettings s;
    QString key = storeSettingsKey();
    QVariant saved = s.value(key + QStringLiteral("/columns"));
    QList<RunColumn> columns;
    for (const auto& text : saved.toStringList()) {
        if (auto c = RunColumn::fromString(text))
            columns << *c;
    }
    m_runsView->setUserColumns(columns);
    // Until the user chooses, the columns follow the store: what its runs have now, and
    // what arrives later (an empty store gets its columns with its first runs).
    m_runsView->setAutomaticColumns(!saved.isValid());
    QByteArray header = s.value(key + QStringLiteral("/header")).toByteArray();
    m_runsView->restoreHeaderState(header);
    if (!m_runsView->columnsSizedByUser())
        m_runsView->fitColumns();
    m_runsView->queryBar()->setHistoryKey(QStringLiteral("queryHistory"));
}

void MainWindow::saveStoreSettings()
{
    // Widths of an empty table were made for the headers alone: not worth keeping.
    if (m_settingsStore.isEmpty() || m_model->rowCount() == 0)
        return;
    QSettings().setValue(storeSettingsKey() + QStringLiteral("/header"), m_runsView->headerState());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (auto* d : {m_experimentsDock, m_detailsDock, m_curvesDock})
        d->show();
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("Runlens"), message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    saveStoreSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const auto& url : event->mimeData()->urls()) {
            if (!url.isLocalFile())
                return;
        }
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace runlens
