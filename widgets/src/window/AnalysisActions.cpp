#include "window/AnalysisActions.h"

#include "compare/CompareWindow.h"
#include "window/CurvesPanel.h"
#include "diagram/DiagramEditor.h"
#include "window/MainWindow.h"
#include "report/ReportDialog.h"
#include "common/RunColors.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "common/StoreSession.h"
#include "common/StoreWatcher.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

namespace runlens {

namespace {
std::vector<RunRecord> selectedRuns(MainWindow* window)
{
    std::vector<RunRecord> runs;
    for (const QString& id : window->runSelection()->uuids()) {
        if (const RunRecord* r = window->runModel()->runById(id))
            runs.push_back(*r);
    }
    return runs;
}
}

AnalysisActions::AnalysisActions(MainWindow* window) : QObject(window), m_window(window)
{
    buildDiagramsDock();
    buildMenu();
}

void AnalysisActions::buildMenu()
{
    // Before Help, which stays last as users expect.
    QMenuBar* bar = m_window->menuBar();
    QMenu* menu = new QMenu(tr("&Analysis"), bar);
    QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    QAction* compare = menu->addAction(tr("&Compare Selected Runs"), this, &AnalysisActions::compareSelection);
    // D as in "diff": Ctrl+Shift+C copies run ids in the table, Ctrl+D duplicates nodes.
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compare->setToolTip(tr("Params, metrics, slices and statistics of the selected runs side by side"));
    QAction* report = menu->addAction(tr("Export &Report…"), this, &AnalysisActions::exportReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addSeparator();
    menu->addAction(m_diagramsDock->toggleViewAction());
}

void AnalysisActions::buildDiagramsDock()
{
    m_diagrams = new DiagramEditor(m_window->session());
    m_diagramsDock = new QDockWidget(tr("Pipeline Diagrams"), m_window);
    m_diagramsDock->setObjectName(QStringLiteral("diagramsDock"));
    m_diagramsDock->setWidget(m_diagrams);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_diagramsDock);
    // A tab beside the learning curves, not a column next to them: two docks side by
    // side add their minimum widths, and the window grew past a 1 600 px screen.
    if (auto* curves = m_window->findChild<QDockWidget*>(QStringLiteral("curvesDock")))
        m_window->tabifyDockWidget(curves, m_diagramsDock);
    m_diagramsDock->hide();
    connect(m_diagramsDock->toggleViewAction(), &QAction::triggered, m_diagramsDock, [this](bool shown) {
        if (shown)
            m_diagramsDock->raise();
    });
    // Ctrl+Z is the window's Edit → Undo, which follows the focus into the editor (an
    // undo group); the editor's own toolbar buttons keep no keys, or both would clash.
    for (const char* name : {"undo", "redo"}) {
        if (QAction* a = m_diagrams->action(QString::fromLatin1(name)))
            a->setShortcuts({});
    }
    m_window->addUndoStack(m_diagrams, m_diagrams->undoStack());
    connect(m_diagrams, &DiagramEditor::statusMessage, m_window,
            [this](const QString& msg) { m_window->statusBar()->showMessage(msg, 5000); });
    // Double-clicking a bound node selects its run in the table.
    connect(m_diagrams, &DiagramEditor::openRunRequested, m_window,
            [this](const QString& id) { emit m_window->runSelection()->selectRequested({id}); });
}

void AnalysisActions::compareSelection()
{
    auto runs = selectedRuns(m_window);
    if (runs.size() < 2) {
        QMessageBox::information(m_window, tr("Compare"), tr("Select two or more runs in the table to compare them."));
        return;
    }
    StoreSession* session = m_window->session();
    auto curves = [session, this](QWidget* parent, const std::vector<RunRecord>& shown) -> QWidget* {
        auto* panel = new CurvesPanel(session, m_window->runModel(), parent);
        QStringList ids;
        for (const auto& r : shown)
            ids << QString::fromStdString(r.uuid);
        panel->setSelection(ids);
        return panel;
    };
    auto* w = new CompareWindow(session, runs, [](const QString& id) { return RunColors::color(id); },
                                curves, nullptr);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowTitle(tr("Compare %n run(s)", nullptr, int(runs.size())));
    connect(w, &CompareWindow::selectionChanged, m_window,
            [this](const QStringList& ids) { emit m_window->runSelection()->selectRequested(ids); });
    connect(w, &CompareWindow::errorOccurred, m_window,
            [this](const QString& msg) { m_window->statusBar()->showMessage(msg, 8000); });
    // A comparison belongs to one store: opening another closes it.
    connect(session->watcher(), &StoreWatcher::storeReset, w, &QWidget::close);
    // No bigger than the screen (less a window manager's frame): 800 high ran off a
    // 1 366 × 768 laptop's.
    const QSize room = m_window->screen()->availableGeometry().size() - QSize(16, 40);
    w->resize(QSize(1200, 800).boundedTo(room));
    w->show();
}

void AnalysisActions::exportReport()
{
    auto runs = selectedRuns(m_window);
    const bool selected = !runs.empty();
    if (runs.empty())
        runs = m_window->runModel()->runs();
    if (runs.empty()) {
        QMessageBox::information(m_window, tr("Export Report"), tr("There are no runs to report on."));
        return;
    }
    ReportDialog dialog(m_window->session(), runs, QString(), QString(), m_window);
    if (selected) // the title page says what the report covers, not "all runs"
        dialog.setScope(tr("the %n selected run(s)", nullptr, int(runs.size())));
    dialog.setChartOptions(m_window->curvesPanel()->options());
    dialog.exec();
}

} // namespace runlens
