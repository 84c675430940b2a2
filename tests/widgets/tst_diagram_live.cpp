// Nodes linked to real runs: binding by dropping run ids, live status while a run is
// written by the C++ client and then finishes, pipeline steps shown through the
// parent-run chooser, diagrams in the store and the diagram list.

#include "tst_diagram_support.h"

#include "diagram/DiagramText.h"

#include "diagram/DiagramList.h"
#include "diagram/DiagramProperties.h"
#include "diagram/DiagramRunBinder.h"
#include "diagram/DiagramRunChooser.h"
#include "common/RunIdsMime.h"
#include "common/StoreSession.h"
#include "common/StoreWatcher.h"
#include "TempStore.h"

#include "runlens/diagram/DiagramStore.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/store/Store.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QFontMetricsF>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace runlens;
using namespace diagramtest;

namespace {

// An editor on its own store session, polling fast so that tests wait little.
struct LiveEditor {
    explicit LiveEditor(const std::string& path)
    {
        QVERIFY(session.open(QString::fromStdString(path)));
        editor = std::make_unique<DiagramEditor>(&session);
        editor->setQuiet(true);
        session.watcher()->setInterval(30);
    }
    DiagramLiveState state(const std::string& node) const { return editor->binder()->state(node); }
    StoreSession session;
    std::unique_ptr<DiagramEditor> editor;
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestDiagramLive : public QObject {
    Q_OBJECT

private slots:
    void dropRunIdsOnNodeBindsIt()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run run = writer.startRun({.experiment = "exp", .name = "lr-0.1", .params = {{"lr", 0.1}}});
        run.logMetric("loss", 0.9, 0);
        run.logMetric("loss", 0.5, 1);
        run.finish();

        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        e.document().reset(threeSteps());
        showAtActualSize(e);

        QMimeData data;
        RunIdsMime::write(&data, {q(run.id())});
        QVERIFY(data.hasText());
        QVERIFY(drop(e, &data, centreOf(e, "b")));
        const DiagramNode* b = e.document().node("b");
        QVERIFY(b->binding == DiagramBinding::run(run.id()));
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Change binding"));

        QTRY_VERIFY(live.state("b").hasRun);
        const DiagramLiveState s = live.state("b");
        QCOMPARE(s.runId, q(run.id()));
        QVERIFY(s.status == RunStatus::Finished);
        QCOMPARE(s.metricKey, QStringLiteral("loss"));
        QCOMPARE(s.metricValue, 0.5);
        QVERIFY(s.toolTip.contains(QStringLiteral("lr")));
        // The item on the canvas shows it and tells the params on hover.
        QVERIFY(e.scene()->nodeItem("b")->live() == s);
        QVERIFY(e.scene()->nodeItem("b")->toolTip().contains(QStringLiteral("0.1")));

        // Double-click opens the run.
        QSignalSpy open(&e, &DiagramEditor::openRunRequested);
        emit e.scene()->nodeDoubleClicked(QStringLiteral("b"));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toString(), q(run.id()));
    }

    void dropPlainTextIdsOnEmptySpaceMakesNodes()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run r1 = writer.startRun({.experiment = "exp", .name = "train-a"});
        Run r2 = writer.startRun({.experiment = "exp", .name = "evaluate-b"});
        r1.finish();
        r2.finish(RunStatus::Failed);

        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        showAtActualSize(e);
        QMimeData data;
        // What a terminal gives: text only, a prefix of one id.
        data.setText(q(r1.id()).left(10) + QStringLiteral("\n") + q(r2.id()) + QStringLiteral("\n"));
        QVERIFY(drop(e, &data, QPointF(100, 100)));
        const Diagram& d = e.document().diagram();
        QCOMPARE(int(d.nodes.size()), 2);
        QCOMPARE(e.undoStack()->count(), 1);
        QCOMPARE(d.nodes[0].title, std::string("train-a"));
        QVERIFY(d.nodes[0].kind == DiagramNodeKind::Training);
        QVERIFY(d.nodes[0].binding == DiagramBinding::run(r1.id()));
        QVERIFY(d.nodes[1].binding == DiagramBinding::run(r2.id()));
        QTRY_VERIFY(live.state(d.nodes[1].id).hasRun);
        QVERIFY(live.state(d.nodes[1].id).status == RunStatus::Failed);

        // Text that is not run ids is not taken for them.
        QMimeData prose;
        prose.setText(QStringLiteral("deadbeef is not\na run"));
        QVERIFY(!drop(e, &prose, QPointF(100, 300)));
        QCOMPARE(int(e.document().diagram().nodes.size()), 2);
    }

    void liveStatusFollowsAWriter()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run run = writer.startRun({.experiment = "exp", .name = "long-training"});
        run.logMetric("acc", 0.5, 0);
        run.flush();

        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        Diagram d = threeSteps();
        d.nodes[1].binding = DiagramBinding::run(run.id());
        d.nodes[1].metric = "acc";
        e.document().reset(d);

        QTRY_VERIFY(live.state("b").hasRun);
        QVERIFY(live.state("b").status == RunStatus::Running);
        QCOMPARE(live.state("b").metricValue, 0.5);

        // New points arrive as a tail: the value and the sparkline follow.
        for (int step = 1; step <= 5; ++step)
            run.logMetric("acc", 0.5 + 0.08 * step, step);
        run.flush();
        QTRY_COMPARE(live.state("b").metricValue, 0.9);
        QVERIFY(live.state("b").sparkline.size() >= 2);
        QCOMPARE(live.state("b").sparkline.back(), 0.9);

        run.finish();
        QTRY_VERIFY(live.state("b").status == RunStatus::Finished);
        QVERIFY(e.scene()->nodeItem("b")->live().status == RunStatus::Finished);
        QVERIFY(!std::isnan(live.state("b").duration));
    }

    void writerProcessLiveThenKilled()
    {
        // A separate training process writes points; the node follows it while it runs
        // and shows it as crashed once it is killed and its heartbeat goes stale.
        const QString tool = qEnvironmentVariable("RUNLENS_TEST_TOOL");
        if (tool.isEmpty())
            QSKIP("RUNLENS_TEST_TOOL (the C++ writer used as a training process) is not set");
        TempStore tmp;
        Store::open(tmp.path()); // create it before two processes race to
        QProcess writer;
        writer.start(tool, {QStringLiteral("spin"), QString::fromStdString(tmp.path()), QStringLiteral("50")});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000));
        const QString runId = QString::fromUtf8(writer.readLine()).trimmed();
        QCOMPARE(runId.size(), 32);

        LiveEditor live(tmp.path());
        live.session.setHeartbeatTimeout(1.0);
        DiagramEditor& e = *live.editor;
        Diagram d = threeSteps();
        d.nodes[1].binding = DiagramBinding::run(runId.toStdString());
        e.document().reset(d);
        QTRY_VERIFY_WITH_TIMEOUT(live.state("b").hasRun && live.state("b").metricValue > 0, 10000);
        QVERIFY(live.state("b").status == RunStatus::Running);
        const double seen = live.state("b").metricValue;
        QTRY_VERIFY_WITH_TIMEOUT(live.state("b").metricValue > seen, 10000); // it keeps coming
        QCOMPARE(live.state("b").metricKey, QStringLiteral("x"));

        writer.kill();
        QVERIFY(writer.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(live.state("b").status == RunStatus::Crashed, 10000);
        QVERIFY(e.scene()->nodeItem("b")->live().status == RunStatus::Crashed);
    }

    void bindingFromThePropertiesPanel()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run r = writer.startRun({.experiment = "grid", .name = "best"});
        r.logMetric("acc", 0.7, 0);
        r.logMetric("loss", 0.3, 0);
        r.finish();
        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        e.document().reset(threeSteps());
        e.scene()->select({"b"});
        auto* panel = e.properties();
        auto* type = panel->findChild<QComboBox*>(QStringLiteral("bindType"));
        auto* value = panel->findChild<QComboBox*>(QStringLiteral("bindValue"));
        auto* metric = panel->findChild<QComboBox*>(QStringLiteral("metric"));
        QVERIFY(type && value && metric);
        // Experiment binding: the experiment list is offered, picking one binds.
        type->setCurrentIndex(type->findData(int(DiagramBinding::Type::Experiment)));
        emit type->activated(type->currentIndex());
        QVERIFY(value->findText(QStringLiteral("grid")) >= 0);
        value->setCurrentIndex(value->findText(QStringLiteral("grid")));
        emit value->activated(value->currentIndex());
        QVERIFY(e.document().node("b")->binding == DiagramBinding::experiment("grid"));
        QTRY_VERIFY(live.state("b").hasRun);
        QCOMPARE(live.state("b").runId, q(r.id()));
        QCOMPARE(live.state("b").runCount, 1);
        // The metric list holds the run's metrics; choosing one shows it.
        QTRY_VERIFY(metric->findText(QStringLiteral("loss")) >= 0);
        metric->setCurrentIndex(metric->findText(QStringLiteral("loss")));
        emit metric->activated(metric->currentIndex());
        QCOMPARE(e.document().node("b")->metric, std::string("loss"));
        QTRY_COMPARE(live.state("b").metricValue, 0.3);
        // A run id prefix typed in is stored as the whole id.
        type->setCurrentIndex(type->findData(int(DiagramBinding::Type::Run)));
        emit type->activated(type->currentIndex());
        value->setEditText(q(r.id()).left(8));
        emit value->activated(0);
        QVERIFY(e.document().node("b")->binding == DiagramBinding::run(r.id()));
        QCOMPARE(e.undoStack()->count(), 3);
    }

    void unbindingClearsTheState()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run run = writer.startRun({.experiment = "exp", .name = "r"});
        run.finish();
        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        Diagram d = threeSteps();
        d.nodes[0].binding = DiagramBinding::run(run.id());
        e.document().reset(d);
        QTRY_VERIFY(live.state("a").hasRun);
        e.document().setNodeBinding("a", {});
        QTRY_VERIFY(!live.state("a").bound);
        QVERIFY(!e.scene()->nodeItem("a")->live().bound);
        e.undoStack()->undo();
        QTRY_VERIFY(live.state("a").hasRun);
    }

    void parentRunMakesStepNodesShowChildren()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run parent = writer.startRun({.experiment = "pipe", .name = "nightly"});
        Run ingest = parent.child("ingest");
        ingest.logMetric("rows", 1000, 0);
        ingest.finish();
        Run train = parent.child("train");
        train.finish(RunStatus::Failed);
        parent.flush();

        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        Diagram d = threeSteps();
        d.nodes[1].binding = DiagramBinding::step("train");
        d.nodes[2].binding = DiagramBinding::step("evaluate");
        e.document().reset(d);
        QTRY_VERIFY(live.state("b").bound);
        QVERIFY(!live.state("b").hasRun);
        QVERIFY(live.state("b").caption.contains(QStringLiteral("choose")));
        // The live row of a default box holds the whole caption; the tooltip names the step.
        const double row = e.document().node("b")->size.width - 20;
        QVERIFY(QFontMetricsF(DiagramText::smallFont()).horizontalAdvance(live.state("b").caption) <= row);
        QVERIFY(live.state("b").toolTip.contains(QStringLiteral("train")));

        e.setParentRun(q(parent.id()));
        QTRY_VERIFY(live.state("b").hasRun);
        QVERIFY(live.state("b").status == RunStatus::Failed);
        QCOMPARE(live.state("b").runId, q(train.id()));
        // Unbound boxes titled like a step match it too ("ingest").
        QCOMPARE(live.state("a").runId, q(ingest.id()));
        QCOMPARE(live.state("a").metricValue, 1000.0);
        // A step the pipeline does not have says so.
        QVERIFY(!live.state("c").hasRun);
        QVERIFY(live.state("c").caption.contains(QStringLiteral("evaluate")));
        QVERIFY(!live.state("note").bound);
        parent.finish();
    }

    void pipelineRunMakesADiagram()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run parent = writer.startRun({.experiment = "pipe", .name = "nightly"});
        describePipeline(parent, {{"ingest", "", {}, ""}, {"train", "", {"ingest"}, ""}, {"evaluate", "", {"train"}, ""}});
        for (const char* step : {"ingest", "train", "evaluate"})
            parent.child(step).finish();
        parent.finish();

        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        QVERIFY2(e.newFromPipelineRun(q(parent.id())), qPrintable(e.lastError()));
        const Diagram& d = e.document().diagram();
        QCOMPARE(int(d.nodes.size()), 3);
        QCOMPARE(int(d.edges.size()), 2);
        QCOMPARE(d.sourceRun, parent.id());
        QCOMPARE(e.parentRun(), q(parent.id()));
        QVERIFY(!e.isModified());
        for (const auto& n : d.nodes) {
            QTRY_VERIFY(live.state(n.id).hasRun);
            QVERIFY(live.state(n.id).status == RunStatus::Finished);
        }
        // It was stored, and asking again opens the same diagram.
        const auto stored = live.session.diagramOfRun(QString::fromStdString(parent.id()));
        QVERIFY(stored);
        QCOMPARE(q(stored->uuid), e.diagramUuid());
        const QString uuid = e.diagramUuid();
        QVERIFY(e.newFromPipelineRun(q(parent.id())));
        QCOMPARE(e.diagramUuid(), uuid);
    }

    // Diagram → New from Pipeline Run works before a pipeline run was chosen: it opens
    // the chooser, and the pick makes the diagram (it was greyed out until then).
    void newFromPipelineRunAsksForTheRun()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run parent = writer.startRun({.experiment = "pipe", .name = "nightly"});
        for (const char* step : {"ingest", "train"})
            parent.child(step).finish();
        parent.finish();

        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        e.setQuiet(true);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QVERIFY(e.parentRun().isEmpty());
        QAction* action = e.action(QStringLiteral("newFromPipeline"));
        QVERIFY(action->isEnabled());
        action->trigger();
        DiagramRunChooser* chooser = e.runChooser();
        QTRY_VERIFY(chooser->view()->isVisible());
        const int row = chooser->findData(q(parent.id()));
        QVERIFY(row > 0);
        QTest::mouseClick(chooser->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          chooser->view()->visualRect(chooser->model()->index(row, 0)).center());
        QTRY_COMPARE(e.document().diagram().sourceRun, parent.id());
        QCOMPARE(int(e.document().diagram().nodes.size()), 2);
        // Closing the list without a pick makes nothing.
        e.newDiagram();
        e.setParentRun({});
        action->trigger();
        QTRY_VERIFY(chooser->view()->isVisible());
        chooser->hidePopup();
        QTest::qWait(20);
        emit chooser->activated(row); // a later pick in the toolbar only chooses
        QVERIFY(e.document().diagram().nodes.empty());
    }

    void childRunsWithoutDescriptionMakeAChain()
    {
        TempStore tmp;
        Store writer = Store::open(tmp.path());
        Run parent = writer.startRun({.experiment = "pipe", .name = "adhoc"});
        for (const char* step : {"load", "fit", "score"})
            parent.child(step).finish();
        parent.finish();
        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        QVERIFY2(e.newFromPipelineRun(q(parent.id())), qPrintable(e.lastError()));
        const Diagram& d = e.document().diagram();
        QCOMPARE(int(d.nodes.size()), 3);
        QCOMPARE(int(d.edges.size()), 2);
        // A chain in start order: load -> fit -> score.
        std::set<std::pair<std::string, std::string>> chain;
        for (const auto& edge : d.edges)
            chain.insert({d.node(edge.from.node)->title, d.node(edge.to.node)->title});
        QVERIFY((chain == std::set<std::pair<std::string, std::string>>{{"load", "fit"}, {"fit", "score"}}));

        // A run without children is refused with a message and nothing changes.
        Run lonely = writer.startRun({.experiment = "pipe", .name = "lonely"});
        lonely.finish();
        const std::string before = json(e);
        QVERIFY(!e.newFromPipelineRun(q(lonely.id())));
        QVERIFY(e.lastError().contains(QStringLiteral("lonely")));
        QCOMPARE(json(e), before);
    }

    void storeAndListKeepInStep()
    {
        TempStore tmp;
        LiveEditor live(tmp.path());
        DiagramEditor& e = *live.editor;
        DiagramList list(&live.session);
        e.attachList(&list);
        QCOMPARE(list.listWidget()->count(), 0);

        e.document().reset(threeSteps());
        e.document().rename("my pipeline");
        QVERIFY(e.isModified());
        QVERIFY(e.save());
        QVERIFY(!e.isModified());
        QCOMPARE(list.listWidget()->count(), 1);
        QCOMPARE(list.listWidget()->item(0)->text(), QStringLiteral("my pipeline"));
        QCOMPARE(list.currentDiagram(), e.diagramUuid());

        // Another editor opens it from the list: the same diagram, byte for byte.
        DiagramEditor other(&live.session);
        other.setQuiet(true);
        other.attachList(&list);
        list.openSelected();
        QCOMPARE(json(other), json(e));

        // Renaming in the list renames the open diagram without making it dirty.
        list.listWidget()->item(0)->setText(QStringLiteral("renamed"));
        QCOMPARE(other.document().diagram().name, std::string("renamed"));
        QVERIFY(!other.isModified());
        QCOMPARE(live.session.loadDiagram(e.diagramUuid())->name, std::string("renamed"));

        // A diagram that is not in the store: a message, and the open one stays.
        QVERIFY(!other.openFromStore(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QVERIFY(!other.lastError().isEmpty());
        QCOMPARE(other.document().diagram().name, std::string("renamed"));
    }
};

QTEST_MAIN(TestDiagramLive)
#include "tst_diagram_live.moc"
