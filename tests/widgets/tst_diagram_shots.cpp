// End to end on the demo store: the pipeline run "nightly-training" becomes a diagram
// whose every step shows its finished child run, templates open, and the editor is
// grabbed as PNGs. RUNLENS_DIAGRAM_STORE names an existing demo store (else one is
// generated); RUNLENS_DIAGRAM_SHOTS a folder to keep the pictures in (else a temp one).

#include "tst_diagram_support.h"

#include "diagram/DiagramList.h"
#include "diagram/DiagramProperties.h"
#include "diagram/DiagramRunBinder.h"
#include "common/StoreSession.h"
#include "common/StoreWatcher.h"
#include "TempStore.h"

#include "runlens/demo/DemoData.h"
#include "runlens/store/Store.h"
#include "runlens/diagram/TemplateCatalog.h"

#include <QAction>
#include <QDir>
#include <QUndoStack>
#include <QImage>
#include <QListWidget>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace runlens;
using namespace diagramtest;

class TestDiagramShots : public QObject {
    Q_OBJECT

    TempStore m_tmp;
    QTemporaryDir m_tmpShots;
    QString m_shots;
    StoreSession m_session;
    std::unique_ptr<DiagramEditor> m_editor;

    void shoot(const QString& name)
    {
        QApplication::processEvents();
        const QImage image = m_editor->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(QDir(m_shots).filePath(name)));
    }

    QString pipelineRun()
    {
        for (const auto& r : m_session.runs()) {
            if (r.name == "nightly-training")
                return QString::fromStdString(r.uuid);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString path = qEnvironmentVariable("RUNLENS_DIAGRAM_STORE");
        if (path.isEmpty()) {
            Store store = Store::open(m_tmp.path());
            DemoData::generate(store);
            path = QString::fromStdString(m_tmp.path());
        }
        QVERIFY(m_session.open(path));
        m_shots = qEnvironmentVariable("RUNLENS_DIAGRAM_SHOTS", m_tmpShots.path());
        QDir().mkpath(m_shots);
        m_editor = std::make_unique<DiagramEditor>(&m_session);
        m_editor->setQuiet(true);
        m_session.watcher()->setInterval(50);
        m_editor->resize(1500, 900);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void pipelineDiagramShowsTheRun()
    {
        const QString run = pipelineRun();
        QVERIFY2(!run.isEmpty(), "the demo store has no nightly-training run");
        QVERIFY2(m_editor->newFromPipelineRun(run), qPrintable(m_editor->lastError()));
        const Diagram& d = m_editor->document().diagram();
        QCOMPARE(int(d.nodes.size()), 5);
        for (const auto& n : d.nodes) {
            QTRY_VERIFY(m_editor->binder()->state(n.id).hasRun);
            QVERIFY(m_editor->binder()->state(n.id).status == RunStatus::Finished);
        }
        m_editor->view()->fitDiagram();
        shoot(QStringLiteral("pipeline.png"));
        for (const char* suffix : {"png", "svg", "pdf"})
            QVERIFY(m_editor->exportTo(QDir(m_shots).filePath(QStringLiteral("pipeline-export.") + suffix)));
        // The store's list (a dock in the window) holds the generated diagram.
        DiagramList list(&m_session);
        list.resize(300, 300);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY(!list.listWidget()->findItems(QStringLiteral("nightly-training pipeline"), Qt::MatchExactly).isEmpty());
        list.grab().save(QDir(m_shots).filePath(QStringLiteral("list.png")));
        // The train step selected: its run in the properties panel.
        m_editor->scene()->select({"step:train"});
        shoot(QStringLiteral("pipeline-selected.png"));
    }

    void templatesWithThePipelineRun()
    {
        for (const auto& t : TemplateCatalog::list()) {
            QVERIFY(m_editor->newFromTemplate(QString::fromStdString(t.id)));
            QTRY_VERIFY(m_editor->scene()->nodeItemCount() > 0);
            m_editor->view()->fitDiagram();
            shoot(QStringLiteral("template-%1.png").arg(QString::fromStdString(t.id)));
        }
        // The last one at 100 %, from its left end: the details of nodes and edges.
        m_editor->view()->setZoom(1.0);
        const QRectF bounds = m_editor->scene()->diagramBounds();
        m_editor->view()->centerOn(bounds.left() + 600, bounds.center().y());
        shoot(QStringLiteral("template-100.png"));
    }

    void largeDiagramFitsAndLaysOut()
    {
        // 600 nodes in a chain of fans: laid out by core, all in view, drawn as boxes.
        Diagram d = Diagram::make("large");
        for (int i = 0; i < 600; ++i) {
            d.nodes.push_back(DiagramNode::make("n" + std::to_string(i), DiagramNodeKind(i % 9),
                                                "step " + std::to_string(i)));
            if (i > 0)
                d.edges.push_back({"e" + std::to_string(i), {"n" + std::to_string((i - 1) / 3), "out"},
                                   {"n" + std::to_string(i), "in"}, "", DiagramEdge::Routing::Orthogonal});
        }
        m_editor->document().reset(d);
        m_editor->action(QStringLiteral("autoLayout"))->trigger();
        QCOMPARE(m_editor->undoStack()->count(), 1);
        const QRectF visible = m_editor->view()->visibleSceneRect();
        for (const auto& n : m_editor->document().diagram().nodes)
            QVERIFY(visible.contains(QPointF(n.position.x, n.position.y)));
        shoot(QStringLiteral("large-fit.png"));
    }

    void contextMenus()
    {
        m_editor->document().reset(threeSteps());
        m_editor->view()->setZoom(1.0);
        m_editor->view()->centerOn(m_editor->scene()->diagramBounds().center());
        auto menuShot = [this](const QString& name, QStringList* texts) {
            QTimer::singleShot(200, [this, name, texts] {
                QWidget* popup = QApplication::activePopupWidget();
                if (!popup)
                    return;
                for (QAction* a : popup->actions())
                    *texts << a->text();
                popup->grab().save(QDir(m_shots).filePath(name));
                popup->close();
            });
        };
        // On a node: edit, open run, kind, clipboard, groups.
        QStringList nodeMenu;
        m_editor->scene()->select({"b"});
        menuShot(QStringLiteral("menu-node.png"), &nodeMenu);
        const QPointF at = centreOf(*m_editor, "b");
        emit m_editor->scene()->contextMenuRequested(
            m_editor->view()->viewport()->mapToGlobal(viewPos(*m_editor, at)), at);
        QVERIFY(nodeMenu.contains(m_editor->action(QStringLiteral("duplicate"))->text()));
        QVERIFY(nodeMenu.contains(m_editor->action(QStringLiteral("editText"))->text()));
        // On empty space: add a node there, paste, layout.
        QStringList emptyMenu;
        m_editor->scene()->clearSelection();
        menuShot(QStringLiteral("menu-canvas.png"), &emptyMenu);
        emit m_editor->scene()->contextMenuRequested(m_editor->view()->viewport()->mapToGlobal(QPoint(20, 20)),
                                                     QPointF(-200, -200));
        QVERIFY(emptyMenu.contains(m_editor->action(QStringLiteral("autoLayout"))->text()));
    }

    void editingInPlace()
    {
        m_editor->document().reset(threeSteps());
        m_editor->view()->setZoom(1.5);
        m_editor->view()->centerOn(m_editor->scene()->diagramBounds().center());
        m_editor->scene()->select({"a", "b"});
        m_editor->scene()->editNodeText("c");
        shoot(QStringLiteral("editing.png"));
        m_editor->scene()->finishTextEdit(false);
    }
};

QTEST_MAIN(TestDiagramShots)
#include "tst_diagram_shots.moc"
