// The main window as a user drives it: experiments, selection feeding the details and
// the curves, edits with undo, archive, delete, empty states, drops, German.

#include "charts/ChartGrid.h"
#include "window/CurvesPanel.h"
#include "runs/ExperimentsPanel.h"
#include "runs/QueryBar.h"
#include "common/StoreWatcher.h"
#include "charts/MetricChart.h"
#include "window/MainWindow.h"
#include "diagram/DiagramEditing.h"
#include "diagram/DiagramEditor.h"
#include "diagram/DiagramView.h"
#include "runs/RunActions.h"
#include "runs/RunDetailsPanel.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "runs/RunsView.h"
#include "common/StatusStyle.h"
#include "common/StoreSession.h"
#include "TempStore.h"
#include "common/Translation.h"
#include "WidgetTestSupport.h"
#include "runlens/store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QUndoGroup>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace runlens;

namespace {

QString idOf(const MainWindow& w, const std::string& name)
{
    for (const auto& r : w.runModel()->runs())
        if (r.name == name)
            return QString::fromStdString(r.uuid);
    return {};
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    TempStore m_temp;

private slots:
    void initTestCase()
    {
        useTemporarySettings();
        Translation::install("en"); // the English plural forms: "4 runs"
        Store store = Store::open(m_temp.path());
        QString artifact = m_temp.dir() + "/model.txt";
        QFile f(artifact);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("weights");
        f.close();
        {
            auto a1 = store.startRun({.experiment = "alpha", .name = "a1", .params = {{"lr", 0.1}},
                                      .tags = {{"team", "vision"}}, .notes = "A **bold** note"});
            for (int i = 0; i < 20; ++i)
                a1.logMetrics({{"loss", 1.0 / (i + 1)}, {"acc", i / 20.0}}, i);
            a1.logMetric("acc", 0.5, 19, "class=1");
            a1.logArtifact(artifact.toStdString());
            auto a2 = store.startRun({.experiment = "alpha", .name = "a2", .params = {{"lr", 0.01}}});
            a2.logMetric("loss", 2.0, 0);
            auto b1 = store.startRun({.experiment = "beta", .name = "b1"});
            auto step = b1.child("b1-step");
            step.logMetric("rows", 100, 0);
        }
    }

    void showsTheStore()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.runModel()->rowCount(), 4);
        QCOMPARE(w.runsView()->state() == RunsView::State::Runs, true);
        QCOMPARE(w.storeLabel()->text(), QString::fromStdString(m_temp.path()));
        QVERIFY(w.countLabel()->text().startsWith("4 runs"));
        // All experiments, then alpha and beta with their counts.
        QCOMPARE(w.experimentsPanel()->list()->count(), 3);
        QCOMPARE(w.experimentsPanel()->list()->item(1)->text(), QString("alpha (2)"));
        w.experimentsPanel()->setCurrent("beta");
        QCOMPARE(w.runsView()->proxy()->rowCount(), 2);
        w.experimentsPanel()->setCurrent("");
        QCOMPARE(w.runsView()->proxy()->rowCount(), 4);
        // Metric columns were suggested for a store seen the first time.
        QVERIFY(w.runModel()->columnOf({RunColumn::Kind::MetricLast, "loss"}) > 0);
    }

    void selectionDrivesDetailsAndCurves()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString a1 = idOf(w, "a1"), a2 = idOf(w, "a2"), b1 = idOf(w, "b1");
        QSignalSpy selected(w.runSelection(), &RunSelection::changed);
        w.runsView()->selectRuns({a1, a2});
        QCOMPARE(selected.count(), 1);
        const QStringList chosen = w.runSelection()->uuids();
        QCOMPARE(QSet<QString>(chosen.begin(), chosen.end()), QSet<QString>({a1, a2}));
        QCOMPARE(w.curvesPanel()->shownKeys(), QStringList({"acc", "loss"}));
        QCOMPARE(w.curvesPanel()->grid()->chart("loss")->runs().size(), 2);
        QCOMPARE(w.curvesPanel()->grid()->chart("acc")->runs().size(), 1);

        w.runsView()->selectRuns({a1});
        RunDetailsPanel* d = w.detailsPanel();
        QCOMPARE(d->shownRun(), a1);
        QString overview = d->overview()->toPlainText();
        QVERIFY(overview.contains(a1));
        QVERIFY(overview.contains("alpha"));
        QVERIFY(overview.contains("Host"));
        QCOMPARE(d->notesView()->toPlainText().trimmed(), QString("A bold note")); // Markdown rendered
        QCOMPARE(d->paramsTable()->rowCount(), 1);
        QCOMPARE(d->paramsTable()->item(0, 1)->text(), QString("0.1"));
        QCOMPARE(d->tagsTable()->item(0, 0)->text(), QString("team"));
        QCOMPARE(d->metricsTable()->rowCount(), 3); // acc, acc class=1, loss
        QCOMPARE(d->artifactsTree()->topLevelItemCount(), 1);
        QCOMPARE(d->artifactsTree()->topLevelItem(0)->text(0), QString("model.txt"));

        // A run without metrics: the curves say so.
        w.runsView()->selectRuns({b1});
        QVERIFY(w.curvesPanel()->shownKeys().isEmpty());
        QVERIFY(w.curvesPanel()->emptyText().contains("not logged any metrics"));
        // The child shows its parent, the parent its child; links select them.
        QVERIFY(d->overview()->toPlainText().contains("b1-step"));
        emit d->runLinkActivated(idOf(w, "b1-step"));
        QCOMPARE(w.runSelection()->current(), idOf(w, "b1-step"));
        w.runsView()->selectRuns({});
        QVERIFY(w.curvesPanel()->emptyText().contains("Select runs"));
    }

    void editsGoThroughTheStoreWithUndo()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        QString a2 = idOf(w, "a2");
        RunActions* actions = w.runActions();
        actions->renameRun(a2, "a2-renamed");
        QCOMPARE(w.runModel()->runById(a2)->name, std::string("a2-renamed"));
        QCOMPARE(session.run(a2)->name, std::string("a2-renamed"));
        actions->undoStack()->undo();
        QCOMPARE(session.run(a2)->name, std::string("a2"));
        QCOMPARE(w.runModel()->runById(a2)->name, std::string("a2"));

        actions->setTag({a2}, "reviewed", "yes");
        QCOMPARE(session.run(a2)->tags.at("reviewed"), std::string("yes"));
        actions->undoStack()->undo();
        QVERIFY(!session.run(a2)->tags.count("reviewed"));
        actions->undoStack()->redo();
        QCOMPARE(w.runModel()->runById(a2)->tags.at("reviewed"), std::string("yes"));

        actions->setNotes(a2, "# Heading");
        QCOMPARE(session.run(a2)->notes, std::string("# Heading"));
        actions->undoStack()->undo();
        QCOMPARE(session.run(a2)->notes, std::string());

        int shown = w.runsView()->proxy()->rowCount();
        actions->setArchived({a2}, true);
        QCOMPARE(w.runsView()->proxy()->rowCount(), shown - 1); // archived runs hide
        actions->undoStack()->undo();
        QCOMPARE(w.runsView()->proxy()->rowCount(), shown);
        QVERIFY(!session.run(a2)->archived);
    }

    // Edit → Undo (Ctrl+Z) acts on the view that has the focus: the diagram editor's
    // edits while it has it, the runs' edits otherwise; one key, never two.
    void undoFollowsTheFocus()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        auto* dock = w.findChild<QDockWidget*>(QStringLiteral("diagramsDock"));
        auto* editor = w.findChild<DiagramEditor*>();
        QVERIFY(dock && editor);
        w.show();
        dock->show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        const QString a2 = idOf(w, "a2");
        w.runActions()->renameRun(a2, "a2-renamed");
        editor->editing()->addNode(DiagramNodeKind::Training, {0, 0});
        QCOMPARE(editor->undoStack()->count(), 1);

        QAction* undo = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                QVERIFY2(!undo, "two actions claim Ctrl+Z");
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        }
        QVERIFY(undo);

        editor->view()->setFocus();
        QTRY_COMPARE(w.undoGroup()->activeStack(), editor->undoStack());
        undo->trigger();
        QCOMPARE(editor->undoStack()->index(), 0);
        QCOMPARE(session.run(a2)->name, std::string("a2-renamed"));

        w.runsView()->table()->setFocus();
        QTRY_COMPARE(w.undoGroup()->activeStack(), w.runActions()->undoStack());
        undo->trigger();
        QCOMPARE(session.run(a2)->name, std::string("a2"));
        QCOMPARE(editor->undoStack()->index(), 0);
    }

    // A key that two actions of one window both answer is dead (Qt says "Ambiguous
    // shortcut overload" and does neither): every window-wide key is unique, and no
    // key of a focused view repeats a window-wide one.
    void shortcutsAreUniqueInTheWindow()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        QMap<QString, QList<QAction*>> byKey;
        for (QAction* a : w.findChildren<QAction*>()) {
            for (const QKeySequence& k : a->shortcuts())
                byKey[k.toString()] << a;
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const auto& actions = it.value();
            if (actions.size() < 2)
                continue;
            int windowWide = 0;
            for (QAction* a : actions)
                windowWide += a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut;
            QStringList names;
            for (QAction* a : actions)
                names << a->text();
            QVERIFY2(windowWide == 0, qPrintable(it.key() + QStringLiteral(": ") + names.join(QStringLiteral(", "))));
        }
    }

    // No dock may force the window wider or taller than a 1 366 × 768 laptop screen: the
    // docked diagram editor once asked for about 1 780 px.
    void docksFitALaptopScreen()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        for (QDockWidget* dock : w.findChildren<QDockWidget*>())
            dock->show();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QSize least = w.minimumSizeHint().expandedTo(w.minimumSize());
        QVERIFY2(least.width() <= 1366, qPrintable(QString::number(least.width())));
        QVERIFY2(least.height() <= 768 - 60, qPrintable(QString::number(least.height()))); // title bar, panel
        // Shown, the diagram editor shares the curves' place as a tab.
        auto* diagrams = w.findChild<QDockWidget*>(QStringLiteral("diagramsDock"));
        auto* curves = w.findChild<QDockWidget*>(QStringLiteral("curvesDock"));
        QVERIFY(w.tabifiedDockWidgets(curves).contains(diagrams));
    }

    void deletesEverythingOfARun()
    {
        TempStore temp;
        {
            Store store = Store::open(temp.path());
            auto r = store.startRun({.name = "doomed"});
            r.logMetric("loss", 1, 0);
            auto k = store.startRun({.name = "kept"});
        }
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        MainWindow w(&session);
        QString doomed = idOf(w, "doomed");
        QVERIFY(w.runActions()->deleteRuns({doomed}, false));
        QCOMPARE(w.runModel()->rowCount(), 1);
        QCOMPARE(session.runCount(), 1);
        QVERIFY(!session.run(doomed));
        QCOMPARE(session.runs().size(), std::size_t(1)); // the store is fine
    }

    void emptyStatesAndDrops()
    {
        TempStore empty;
        StoreSession session;
        MainWindow w(&session);
        QCOMPARE(w.runsView()->state() == RunsView::State::NoStore, true);
        QVERIFY(session.open(QString::fromStdString(empty.path())));
        QCOMPARE(w.runsView()->state() == RunsView::State::NoRuns, true);
        QVERIFY(w.curvesPanel()->emptyText().contains("Select runs"));

        // A dropped store opens; anything else is for the importer.
        QSignalSpy imports(&w, &MainWindow::importRequested);
        disconnect(&w, &MainWindow::importRequested, &w, &MainWindow::importPaths); // no modal import dialog here
        w.openPaths({QString::fromStdString(m_temp.path())});
        QCOMPARE(session.path(), QString::fromStdString(m_temp.path()));
        QCOMPARE(w.runModel()->rowCount(), 4);
        QString notAStore = empty.dir() + "/mlflow.db";
        QFile f(notAStore);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3").append(char(0)).append(QByteArray(200, '\0')));
        f.close();
        w.openPaths({empty.dir(), notAStore});
        QCOMPARE(imports.count(), 1);
        QCOMPARE(imports.at(0).at(0).toStringList(), QStringList({empty.dir(), notAStore}));
        QCOMPARE(session.path(), QString::fromStdString(m_temp.path())); // unchanged
    }

    // Issue #12, 9: a window opened on an empty store got runs (logged live, imported)
    // with squeezed columns and no metric columns until a restart; F5 did not help.
    void columnsFollowRunsArrivingInAnEmptyStore()
    {
        TempStore temp;
        { Store create = Store::open(temp.path()); }
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        MainWindow w(&session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy resets(w.runModel(), &QAbstractItemModel::modelReset);
        QCOMPARE(w.runModel()->columnCount(), RunColumn::fixedColumns().size());
        {
            Store writer = Store::open(temp.path()); // another process, as far as the window knows
            auto r = writer.startRun({.name = "first", .params = {{"lr", 0.1}}});
            for (int i = 0; i < 5; ++i)
                r.logMetrics({{"loss", 2.6190842e-05 * (i + 1)}, {"acc", 0.5 + i * 0.01}}, i);
        }
        w.reload(); // F5
        QTRY_COMPARE(w.runModel()->rowCount(), 1);
        QVERIFY(w.runModel()->columnOf({RunColumn::Kind::MetricLast, "loss"}) >= 0);
        QVERIFY(w.runModel()->columnOf({RunColumn::Kind::MetricLast, "acc"}) >= 0);
        // The first runs of an empty store: one is shown without a click.
        QCoreApplication::processEvents();
        const QString first = idOf(w, "first");
        QCOMPARE(w.runSelection()->uuids(), QStringList({first}));
        {
            Store writer = Store::open(temp.path());
            auto r = writer.startRun({.name = "second", .params = {{"lr", 0.01}}});
            r.logMetrics({{"loss", 1.5}}, 0); // no key is new: lr only differs now
        }
        session.watcher()->poll(); // the watcher's next look: runsAdded
        QCOMPARE(w.runModel()->rowCount(), 2);
        const int lr = w.runModel()->columnOf({RunColumn::Kind::Param, "lr"});
        QVERIFY(lr >= 0);
        QVERIFY(lr < w.runModel()->columnOf({RunColumn::Kind::MetricLast, "acc"})); // params before metrics
        QCOMPARE(resets.count(), 0); // rows and columns arrived without a reset
        // A column arriving after the selection does not drop it.
        QCoreApplication::processEvents();
        QCOMPARE(w.runSelection()->uuids(), QStringList({first}));
        // Every column as wide as its contents: no "2.61908e…", no cut dates.
        QTableView* table = w.runTable();
        auto* view = static_cast<QAbstractItemView*>(table);
        for (int c = 0; c < w.runModel()->columnCount(); ++c) {
            QVERIFY2(table->columnWidth(c) >= view->sizeHintForColumn(c),
                     qPrintable(w.runModel()->columnAt(c).title() + QString(": %1 < %2")
                                                                       .arg(table->columnWidth(c))
                                                                       .arg(view->sizeHintForColumn(c))));
        }
        const int loss = w.runModel()->columnOf({RunColumn::Kind::MetricLast, "loss"});
        const int row = w.runModel()->rowOf(idOf(w, "first"));
        QCOMPARE(w.runModel()->index(row, loss).data().toString(), QString("0.000130954"));
    }

    // Issue #12, 11: the first window selected the newest run, a pipeline step whose
    // charts were single dots. A top-level run with curves is worth the first look.
    void firstOpenShowsARunWorthALook()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        QCOMPARE(w.runSelection()->current(), idOf(w, "a1")); // not b1-step, the newest
        QVERIFY(w.curvesPanel()->shownKeys().contains("loss"));
        // A pipeline step's single value reads as a value, not a dot on a made-up axis.
        w.runsView()->selectRuns({idOf(w, "b1-step")});
        MetricChart* rows = w.curvesPanel()->grid()->chart("rows");
        QVERIFY(rows && rows->showsValues());
        QVERIFY2(rows->valuesText().contains("rows = 100"), qPrintable(rows->valuesText()));
        QVERIFY(rows->valuesText().contains("(1 point)"));
    }

    // Issue #12, 12: a run the filter hides stayed selected, its curves and details too.
    void selectionFollowsTheFilter()
    {
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        const QString a1 = idOf(w, "a1"), a2 = idOf(w, "a2");
        w.runsView()->selectRuns({a1, a2});
        QCOMPARE(w.runSelection()->uuids().size(), 2);
        w.runsView()->queryBar()->setText("name = a2");
        QTRY_COMPARE(w.runSelection()->uuids(), QStringList({a2}));
        QCOMPARE(w.runSelection()->current(), a2);
        QCOMPARE(w.detailsPanel()->shownRun(), a2);
        QCOMPARE(w.curvesPanel()->grid()->chart("loss")->runs().size(), 1);
        QVERIFY2(w.countLabel()->text().endsWith("1 selected"), qPrintable(w.countLabel()->text()));
        w.runsView()->queryBar()->setText("name = nobody");
        QTRY_VERIFY(w.runSelection()->isEmpty());
        QCOMPARE(w.detailsPanel()->shownRun(), QString());
        QVERIFY(w.curvesPanel()->emptyText().contains("Select runs"));
        QVERIFY2(w.countLabel()->text().endsWith("0 selected"), qPrintable(w.countLabel()->text()));
    }

    // Issue #12, 12: a crashed run's details said "Ended: still running".
    void crashedRunEndsWhenLastHeardOf()
    {
        StoreSession session;
        RunTableModel model;
        RunDetailsPanel details(&session, &model);
        RunRecord crashed = record(1, "lost", RunStatus::Crashed);
        crashed.endTime = std::numeric_limits<double>::quiet_NaN();
        crashed.heartbeat = crashed.startTime + 42;
        details.showRun(crashed, 1);
        const QString text = details.overview()->toPlainText();
        QVERIFY2(!text.contains("still running"), qPrintable(text));
        QVERIFY2(text.contains("last heard of at " + StatusStyle::time(crashed.heartbeat)), qPrintable(text));
        QVERIFY(text.contains("42.0 s")); // the duration runs to the last sign of life
        RunRecord running = record(2, "live", RunStatus::Running);
        running.endTime = std::numeric_limits<double>::quiet_NaN();
        details.showRun(running, 1);
        QVERIFY(details.overview()->toPlainText().contains("still running"));
        RunRecord killed = record(3, "stopped", RunStatus::Killed);
        details.showRun(killed, 1);
        QVERIFY(details.overview()->toPlainText().contains(StatusStyle::time(killed.endTime)));
    }

    // Issue #12, 14: a grouping chosen in one store was applied to another, where its
    // param does not exist and every run fell into "(none)".
    void groupingBelongsToItsStore()
    {
        TempStore other;
        {
            Store store = Store::open(other.path());
            auto r = store.startRun({.name = "plain"});
            r.logMetric("loss", 1.0, 0);
            r.logMetric("loss", 0.5, 1);
        }
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        MainWindow w(&session);
        auto* groupBy = w.curvesPanel()->findChild<QComboBox*>(QStringLiteral("groupBy"));
        QVERIFY(groupBy);
        const int lr = groupBy->findData(QStringLiteral("param:lr"));
        QVERIFY(lr > 0);
        groupBy->setCurrentIndex(lr); // as the user picks it
        QCOMPARE(w.curvesPanel()->options().groupBy, QString("param:lr"));
        QVERIFY(session.open(QString::fromStdString(other.path())));
        QCOMPARE(w.curvesPanel()->options().groupBy, QString());
        QCOMPARE(groupBy->currentIndex(), 0);
        QVERIFY(session.open(QString::fromStdString(m_temp.path())));
        QCOMPARE(w.curvesPanel()->options().groupBy, QString("param:lr"));
        groupBy->setCurrentIndex(0);
    }

    // Issue #12, 21: "Alle Experimente (…" was cut in the experiments panel. However
    // narrow the dock is dragged, the first line stays whole; long names lose their
    // middle, not their run count.
    void experimentsPanelShowsItsFirstLineWhole()
    {
        QCOMPARE(Translation::install("de"), QString("de"));
        {
            QMainWindow w;
            auto* panel = new ExperimentsPanel;
            auto* dock = new QDockWidget(QStringLiteral("Experimente"), &w);
            dock->setWidget(panel);
            w.addDockWidget(Qt::LeftDockWidgetArea, dock);
            w.setCentralWidget(new QWidget);
            ExperimentRecord big, longName;
            big.name = "digits";
            big.runCount = 12345;
            longName.name = "a-rather-long-experiment-name-from-an-mlflow-import";
            longName.runCount = 7;
            panel->setExperiments({big, longName});
            w.resize(1366, 728);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resizeDocks({dock}, {1}, Qt::Horizontal);
            QApplication::processEvents();
            QListWidget* list = panel->list();
            QListWidgetItem* all = list->item(0);
            QCOMPARE(all->text(), QString("Alle Experimente (12352)"));
            // The item's text plus its margins fits in what the list shows.
            const int needed = QFontMetrics(all->font()).horizontalAdvance(all->text()) + 8;
            QVERIFY2(list->viewport()->width() >= needed,
                     qPrintable(QString("%1 < %2").arg(list->viewport()->width()).arg(needed)));
            QCOMPARE(list->textElideMode(), Qt::ElideMiddle);
        }
        QCOMPARE(Translation::install("en"), QString("en"));
    }

    void speaksGerman()
    {
        QCOMPARE(Translation::install("de"), QString("de"));
        {
            StoreSession session;
            MainWindow w(&session);
            QCOMPARE(w.menuBar()->actions().first()->text(), QString("&Datei"));
            QVERIFY(w.runsView()->findChild<QLabel*>("runsEmpty")->text().startsWith("Kein Datenspeicher"));
        }
        QCOMPARE(Translation::install("en"), QString("en"));
        StoreSession session;
        MainWindow w(&session);
        QCOMPARE(w.menuBar()->actions().first()->text(), QString("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
