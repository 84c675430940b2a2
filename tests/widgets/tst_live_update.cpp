// Live: other processes write to the store while the window is open. Their points
// appear in the chart, new runs in the table, dead writers turn "crashed" — all without
// a model reset or reading a curve again.

#include "charts/ChartGrid.h"
#include "charts/CurveCache.h"
#include "window/CurvesPanel.h"
#include "common/StoreWatcher.h"
#include "window/MainWindow.h"
#include "charts/MetricChart.h"
#include "runs/RunTableModel.h"
#include "runs/RunsView.h"
#include "common/StoreSession.h"
#include "TempStore.h"
#include "WidgetTestSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

using namespace runlens;

namespace {

// Starts `runlens_test_tool spin STORE N` and returns the run id it prints first.
QString startSpinner(QProcess& p, const std::string& store)
{
    p.start(qEnvironmentVariable("RUNLENS_TEST_TOOL"), {"spin", QString::fromStdString(store), "50"});
    if (!p.waitForStarted(10000))
        return {};
    QByteArray out;
    while (!out.contains('\n') && p.waitForReadyRead(10000))
        out += p.readAllStandardOutput();
    return QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
}

} // namespace

class TestLiveUpdate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useTemporarySettings();
        if (qEnvironmentVariableIsEmpty("RUNLENS_TEST_TOOL"))
            QSKIP("RUNLENS_TEST_TOOL is not set (run through CTest)");
    }

    void pointsRunsAndStatusesArriveWithoutReload()
    {
        TempStore temp;
        QProcess first, second;
        QString id = startSpinner(first, temp.path());
        QVERIFY2(id.size() == 32, qPrintable("spinner printed: " + id));

        StoreSession session;
        session.setHeartbeatTimeout(2.0);
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        MainWindow window(&session);
        session.watcher()->setInterval(100);
        session.watcher()->setLivenessInterval(300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy resets(window.runModel(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(window.runModel(), &QAbstractItemModel::rowsInserted);

        window.runsView()->selectRuns({id});
        QTRY_VERIFY(window.curvesPanel()->grid()->chart("x"));
        MetricChart* chart = window.curvesPanel()->grid()->chart("x");
        chart->ensureRendered();
        CurveCache* cache = window.curvesPanel()->cache();
        QVERIFY(cache->find(id, "x"));
        std::size_t before = cache->find(id, "x")->raw.size();

        // The spinner logs 50 points and flushes about ten times a second.
        QTRY_VERIFY_WITH_TIMEOUT(cache->find(id, "x") && cache->find(id, "x")->raw.size() >= before + 200, 15000);
        chart->ensureRendered();
        QVERIFY(chart->plot()->graph(0)->data()->size() > 0);
        QCOMPARE(chart->plot()->xAxis->range().upper, cache->find(id, "x")->raw.x(cache->find(id, "x")->raw.size() - 1));
        QCOMPARE(cache->stats().loads, 1);   // read once…
        QVERIFY(cache->stats().appends >= 2); // …then only what is new
        QCOMPARE(cache->stats().reloads, 0);
        QCOMPARE(resets.count(), 0);

        // A second writer: its run appears as an inserted row.
        QString id2 = startSpinner(second, temp.path());
        QVERIFY(id2.size() == 32);
        QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->rowOf(id2) >= 0, 10000);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(window.runModel()->runById(id)->status == RunStatus::Running, true);

        // Killed writers never finish their runs: they turn crashed when the heartbeat stops.
        first.kill();
        second.kill();
        first.waitForFinished();
        second.waitForFinished();
        QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->runById(id)->status == RunStatus::Crashed, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.runModel()->runById(id2)->status == RunStatus::Crashed, 15000);
        QCOMPARE(resets.count(), 0);
        QVERIFY(session.watcher()->stats().polls > 10);
    }

    void idleStoreCostsOnlyThePoll()
    {
        TempStore temp;
        StoreSession session;
        StoreWatcher* watcher = session.watcher();
        watcher->setInterval(20);
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        QSignalSpy added(watcher, &StoreWatcher::runsAdded);
        QSignalSpy changed(watcher, &StoreWatcher::runsChanged);
        QTest::qWait(400);
        QVERIFY(watcher->stats().polls >= 5);
        QCOMPARE(watcher->stats().changes, 0); // nothing written: nothing read
        QCOMPARE(added.count() + changed.count(), 0);
    }

    // Another connection's writes arrive as typed events: a new run, then its change,
    // then its removal, each once.
    void otherConnectionsWritesArriveAsTypedEvents()
    {
        TempStore temp;
        StoreSession session;
        StoreWatcher* watcher = session.watcher();
        watcher->setInterval(20);
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        QSignalSpy added(watcher, &StoreWatcher::runsAdded);
        QSignalSpy changed(watcher, &StoreWatcher::runsChanged);
        QSignalSpy removed(watcher, &StoreWatcher::runsRemoved);
        QSignalSpy experiments(watcher, &StoreWatcher::experimentsChanged);

        auto writer = Store::open(temp.path());
        auto run = writer.startRun({.experiment = "e", .name = "first"});
        run.logMetric("x", 1.0, 0);
        run.flush();
        QTRY_COMPARE(added.count(), 1);
        auto runs = added.at(0).at(0).value<std::vector<RunRecord>>();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].name, std::string("first"));
        QVERIFY(experiments.count() >= 1);

        writer.renameRun(run.id(), "renamed");
        QTRY_VERIFY(changed.count() >= 1);
        auto latest = changed.last().at(0).value<std::vector<RunRecord>>();
        QCOMPARE(latest.back().name, std::string("renamed"));

        run.finish();
        writer.deleteRuns({run.id()});
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{QString::fromStdString(run.id())});
        QCOMPARE(added.count(), 1);
    }

    // Edits made through the session do not move its own data version: the watcher
    // reports them all the same, so views need no second channel.
    void sessionEditsAreReportedToo()
    {
        TempStore temp;
        {
            auto writer = Store::open(temp.path());
            writer.startRun({.name = "a"}).finish();
        }
        StoreSession session;
        QSignalSpy reset(session.watcher(), &StoreWatcher::storeReset);
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        QCOMPARE(reset.count(), 1);
        const auto runs = reset.at(0).at(0).value<std::vector<RunRecord>>();
        QCOMPARE(runs.size(), std::size_t(1));
        QSignalSpy changed(session.watcher(), &StoreWatcher::runsChanged);
        QVERIFY(session.renameRun(QString::fromStdString(runs[0].uuid), QStringLiteral("b")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<std::vector<RunRecord>>()[0].name, std::string("b"));
    }

    // A team store tells the window of other machines' commits itself: with the poll
    // all but switched off, points still arrive.
    void teamStoreNotificationsWakeTheWatcher()
    {
        if (!TempStore::isPostgres())
            QSKIP("a team store's notifications (CTest runs this suite on PostgreSQL too)");
        TempStore temp;
        QProcess writer;
        QString id = startSpinner(writer, temp.path());
        QVERIFY(id.size() == 32);
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        session.watcher()->setInterval(3600 * 1000);
        QSignalSpy grown(session.watcher(), &StoreWatcher::seriesGrown);
        QTRY_VERIFY_WITH_TIMEOUT(grown.count() >= 3, 15000);
        writer.kill();
        writer.waitForFinished();
    }

    // The server away under an open window and a running writer: the window says it
    // lost the connection, reconnects by itself when the server is back, and the curve
    // goes on growing with what the writer kept meanwhile. A quick restart is bridged
    // without a word (the first read after it reconnects).
    void teamStoreServerRestartIsSurvived()
    {
        if (!TempStore::isPostgres())
            QSKIP("a team store's server restart (CTest runs this suite on PostgreSQL too)");
        TempStore temp;
        QProcess writer;
        QString id = startSpinner(writer, temp.path());
        QVERIFY(id.size() == 32);
        StoreSession session;
        session.setHeartbeatTimeout(30.0);
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        MainWindow window(&session);
        session.watcher()->setInterval(100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.runsView()->selectRuns({id});
        QTRY_VERIFY(window.curvesPanel()->grid()->chart("x"));
        CurveCache* cache = window.curvesPanel()->cache();
        QTRY_VERIFY_WITH_TIMEOUT(cache->find(id, "x") && cache->find(id, "x")->raw.size() >= 50, 15000);
        QSignalSpy warnings(&session, &StoreSession::warning);

        PgTestCluster::shared().restart();
        std::size_t atRestart = cache->find(id, "x")->raw.size();
        QTRY_VERIFY_WITH_TIMEOUT(cache->find(id, "x")->raw.size() >= atRestart + 100, 30000);

        auto told = [&] {
            for (const auto& w : warnings) {
                if (w.at(0).toString().contains(QStringLiteral("lost the connection")))
                    return true;
            }
            return false;
        };
        PgTestCluster::shared().stopServer();
        QTRY_VERIFY_WITH_TIMEOUT(told(), 15000);
        QTest::qWait(1500); // the writer keeps points meanwhile
        PgTestCluster::shared().startServer();
        std::size_t atReturn = cache->find(id, "x")->raw.size();
        QTRY_VERIFY_WITH_TIMEOUT(cache->find(id, "x")->raw.size() >= atReturn + 100, 30000);
        // Nothing the writer logged while the server was away is missing.
        const auto& raw = cache->find(id, "x")->raw;
        for (std::size_t i = 1; i < raw.size(); ++i)
            QCOMPARE(raw.x(i), raw.x(i - 1) + 1);
        QVERIFY(session.isOpen());
        QCOMPARE(window.runModel()->runById(id)->status == RunStatus::Running, true);
        writer.kill();
        writer.waitForFinished();
    }
};

QTEST_MAIN(TestLiveUpdate)
#include "tst_live_update.moc"
