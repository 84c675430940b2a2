// A new user's first hour, end to end, on a 1366×768 laptop screen: the real main
// window on the demo store; a query typed, runs picked, Compare opened, a pipeline
// diagram made from a template, two of its boxes joined with the mouse at the zoom it
// opens at, a run dragged onto a box, a PDF report written. Checked as a user would
// see it: nothing off the screen, no node title cut, no shortcut that means two
// things in one window, and no legend on another page than its figures.
//
// The offscreen screen is made 1366×768 before the application starts (main below);
// under another platform (xcb on a real screen) the screen is what it is.

#include "compare/CompareWindow.h"
#include "diagram/DiagramEditor.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "report/ReportBuilder.h"
#include "report/ReportDialog.h"
#include "report/ReportPageFlow.h"
#include "report/ReportPdfWriter.h"
#include "runs/QueryBar.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "runs/RunsView.h"
#include "window/MainWindow.h"
#include "common/RunIdsMime.h"
#include "common/StoreSession.h"
#include "common/Translation.h"
#include "TempStore.h"
#include "WidgetTestSupport.h"

#include "runlens/demo/DemoData.h"
#include "runlens/diagram/DiagramDocument.h"
#include "runlens/store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace runlens;

namespace {

constexpr QSize kScreen(1366, 768);

// Every visible top-level window (and floating dock) lies on the screen.
void checkOnScreen(const QString& when)
{
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
            continue;
        const QString what = when + QStringLiteral(": ") + w->metaObject()->className() + QLatin1Char(' ') +
                             w->windowTitle() + QStringLiteral(" at ") +
                             QStringLiteral("%1,%2 %3×%4")
                                 .arg(w->frameGeometry().x())
                                 .arg(w->frameGeometry().y())
                                 .arg(w->frameGeometry().width())
                                 .arg(w->frameGeometry().height());
        QVERIFY2(screen.contains(w->frameGeometry()), qPrintable(what));
    }
}

// Where in `window` an action's keys work, as Qt's shortcut map decides: the whole
// window (Qt::WindowShortcut), or the widgets it was added to with their children
// (Qt::WidgetWithChildrenShortcut) or alone (Qt::WidgetShortcut). Menus only carry it.
struct KeyScope {
    bool wholeWindow = false;
    bool withChildren = false;
    QList<QWidget*> widgets;
};

KeyScope scopeOf(QAction* a, QWidget* window)
{
    KeyScope s;
    s.wholeWindow = a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut;
    s.withChildren = a->shortcutContext() == Qt::WidgetWithChildrenShortcut;
    for (QObject* o : a->associatedObjects()) {
        auto* w = qobject_cast<QWidget*>(o);
        if (w && !qobject_cast<QMenu*>(w) && w->window() == window)
            s.widgets << w;
    }
    return s;
}

bool overlap(const KeyScope& a, const KeyScope& b)
{
    if (a.wholeWindow || b.wholeWindow)
        return true;
    for (QWidget* x : a.widgets) {
        for (QWidget* y : b.widgets) {
            if (x == y || (a.withChildren && x->isAncestorOf(y)) || (b.withChildren && y->isAncestorOf(x)))
                return true;
        }
    }
    return false;
}

// No two actions of one window answer the same keys where both work: Qt then runs
// neither ("ambiguous shortcut"). The same key in two places that never have the focus
// together (Delete in the runs table and on the diagram canvas) is one key per place.
void checkShortcutsUnique(QWidget* window)
{
    struct Bound {
        QAction* action;
        KeyScope scope;
    };
    QMap<QString, QList<Bound>> byKey;
    for (QAction* a : window->findChildren<QAction*>()) {
        for (const QKeySequence& k : a->shortcuts()) {
            if (!k.isEmpty())
                byKey[k.toString()] << Bound{a, scopeOf(a, window)};
        }
    }
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        const auto& bound = it.value();
        for (int i = 0; i < bound.size(); ++i) {
            for (int j = i + 1; j < bound.size(); ++j) {
                if (bound[i].action == bound[j].action || !overlap(bound[i].scope, bound[j].scope))
                    continue;
                QVERIFY2(false, qPrintable(window->windowTitle() + QStringLiteral(": ") + it.key() + QStringLiteral(" is both ") +
                                           bound[i].action->text().remove(QLatin1Char('&')) + QStringLiteral(" and ") +
                                           bound[j].action->text().remove(QLatin1Char('&'))));
            }
        }
    }
}

// Runs open() (which shows a modal dialog of type D), hands the dialog to act, and
// returns once open() does.
template <class D>
void withModal(const std::function<void()>& open, const std::function<void(D*)>& act)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        poll.stop();
        act(dialog);
    });
    poll.start();
    open();
    QVERIFY(seen);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

class TestFirstHour : public QObject {
    Q_OBJECT
private:
    TempStore m_temp;
    QTemporaryDir m_out;
    StoreSession m_session;
    std::unique_ptr<MainWindow> m_window;

    DiagramEditor* editor() const { return m_window->findChild<DiagramEditor*>(); }

    void settle()
    {
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(30);
        }
    }

    // The mouse on the canvas: press at one scene point, move, release at another.
    void dragOnCanvas(QPointF from, QPointF to)
    {
        DiagramView* view = editor()->view();
        QWidget* vp = view->viewport();
        const QPoint a = view->mapFromScene(from), b = view->mapFromScene(to);
        QVERIFY2(vp->rect().contains(a) && vp->rect().contains(b), "both ends are on the canvas");
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(vp, (a + b) / 2);
        QTest::mouseMove(vp, b);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
    }

private slots:
    void initTestCase()
    {
        useTemporarySettings();
        Translation::install("en");
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), kScreen);
        Store store = Store::open(m_temp.path());
        DemoData::generate(store);
    }

    void opensTheDemoStore()
    {
        QVERIFY(m_session.open(q(m_temp.path())));
        m_window = std::make_unique<MainWindow>(&m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        settle();
        QVERIFY(m_window->runModel()->rowCount() >= 20);
        checkOnScreen(QStringLiteral("the store opened"));
    }

    void typesAQuery()
    {
        QueryBar* bar = m_window->runsView()->queryBar();
        const int all = m_window->runsView()->proxy()->rowCount();
        bar->lineEdit()->setFocus();
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("params.lr < 0.2"));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(m_window->runsView()->proxy()->rowCount() < all);
        QVERIFY(!bar->hasError());
        QVERIFY(m_window->runsView()->proxy()->rowCount() >= 2);
    }

    void selectsRunsAndComparesThem()
    {
        QTableView* table = m_window->runsView()->table();
        const QRect first = table->visualRect(table->model()->index(0, 1));
        const QRect second = table->visualRect(table->model()->index(1, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
        QTRY_COMPARE(m_window->runSelection()->uuids().size(), 2);

        QAction* compare = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D))
                compare = a;
        }
        QVERIFY(compare);
        compare->trigger();
        settle();
        CompareWindow* cw = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            cw = cw ? cw : qobject_cast<CompareWindow*>(w);
        QVERIFY(cw && cw->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(cw));
        checkOnScreen(QStringLiteral("Compare open"));
        checkShortcutsUnique(cw);
        cw->close();
        settle();
    }

    void makesADiagramFromATemplate()
    {
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("diagramsDock"));
        QVERIFY(dock);
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
        settle();
        checkOnScreen(QStringLiteral("the diagram editor open"));
        DiagramEditor* e = editor();
        auto* level1 = e->findChild<QAction*>(QStringLiteral("template:mlops-level-1"));
        QVERIFY(level1);
        level1->trigger();
        settle();
        QVERIFY(e->scene()->nodeItemCount() >= 10);
        // It opens readable: titles and ports drawn, not grey boxes.
        QVERIFY2(e->view()->zoom() >= DiagramNodePainter::kDetailThreshold, qPrintable(QString::number(e->view()->zoom())));
    }

    void connectsTwoBoxesWithTheMouse()
    {
        DiagramEditor* e = editor();
        // The two nearest boxes not yet joined, scrolled into view (as a user scrolls) at
        // the zoom the template opened at.
        const DiagramNode* from = nullptr;
        const DiagramNode* to = nullptr;
        double nearest = 1e300;
        for (const auto& a : e->document().diagram().nodes) {
            for (const auto& b : e->document().diagram().nodes) {
                if (a.id == b.id || a.outputs.empty() || b.inputs.empty())
                    continue;
                const QPointF out = e->scene()->nodeItem(a.id)->portScenePos(true, a.outputs.front().id);
                const QPointF in = e->scene()->nodeItem(b.id)->portScenePos(false, b.inputs.front().id);
                const auto& edges = e->document().diagram().edges;
                const bool joined = std::any_of(edges.begin(), edges.end(), [&](const DiagramEdge& x) {
                    return (x.from.node == a.id && x.to.node == b.id) || (x.from.node == b.id && x.to.node == a.id);
                });
                if (!joined && in.x() > out.x() && QLineF(out, in).length() < nearest) {
                    nearest = QLineF(out, in).length();
                    from = &a;
                    to = &b;
                }
            }
        }
        QVERIFY(from && to);
        e->view()->centerOn((e->scene()->nodeItem(from->id)->portScenePos(true, from->outputs.front().id) +
                             e->scene()->nodeItem(to->id)->portScenePos(false, to->inputs.front().id)) / 2);
        const double zoom = e->view()->zoom();
        const std::string fromId = from->id, toId = to->id;
        const QPointF out = e->scene()->nodeItem(fromId)->portScenePos(true, from->outputs.front().id);
        const QPointF in = e->scene()->nodeItem(toId)->portScenePos(false, to->inputs.front().id);
        const int edges = int(e->document().diagram().edges.size());
        dragOnCanvas(out, in);
        QCOMPARE(int(e->document().diagram().edges.size()), edges + 1);
        QCOMPARE(e->document().diagram().edges.back().from.node, fromId);
        QCOMPARE(e->document().diagram().edges.back().to.node, toId);
        QCOMPARE(e->undoStack()->undoText(), QStringLiteral("Connect"));
        QCOMPARE(e->view()->zoom(), zoom);
    }

    void bindsARunToABox()
    {
        DiagramEditor* e = editor();
        // What the runs table puts on a drag of its current run.
        QTableView* table = m_window->runsView()->table();
        std::unique_ptr<QMimeData> data(table->model()->mimeData({table->currentIndex()}));
        QVERIFY(data && RunIdsMime::canRead(data.get()));
        const QString runId = RunIdsMime::read(data.get()).front();
        // Onto the box nearest the middle of the canvas.
        const QPointF middle = e->view()->visibleSceneRect().center();
        std::string target;
        double best = 1e300;
        for (const auto& n : e->document().diagram().nodes) {
            if (n.kind == DiagramNodeKind::Group || n.kind == DiagramNodeKind::Note)
                continue;
            const QPointF c(n.position.x + n.size.width / 2, n.position.y + n.size.height / 2);
            const double d = QLineF(c, middle).length();
            if (d < best && e->view()->visibleSceneRect().contains(c))
                best = d, target = n.id;
        }
        QVERIFY(!target.empty());
        const DiagramNode* n = e->document().node(target);
        const QPoint at = e->view()->mapFromScene(QPointF(n->position.x + n->size.width / 2, n->position.y + n->size.height / 2));
        QWidget* vp = e->view()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(e->document().node(target)->binding == DiagramBinding::run(runId.toStdString()));
        QTRY_VERIFY(e->scene()->nodeItem(target)->live().hasRun);
    }

    void noTitleIsCutAtFullSize()
    {
        DiagramEditor* e = editor();
        e->view()->setZoom(1.0);
        settle();
        QVERIFY(!e->view()->viewport()->grab().isNull()); // painted at 100 %
        for (const auto& n : e->document().diagram().nodes) {
            DiagramNodeItem* item = e->scene()->nodeItem(n.id);
            const auto lines = DiagramNodePainter::titleLines(item->node(), item->live().bound);
            QVERIFY2(!lines.elided, qPrintable(q(n.title)));
        }
        checkOnScreen(QStringLiteral("the diagram at 100 %"));
    }

    void shortcutsMeanOneThingInTheWindow()
    {
        checkShortcutsUnique(m_window.get());
    }

    void writesAReportWithLegendsBesideTheirFigures()
    {
        const QString pdf = m_out.filePath(QStringLiteral("first-hour.pdf"));
        ReportInput input;
        ReportOptions options;
        QAction* report = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                report = a;
        }
        QVERIFY(report);
        withModal<ReportDialog>([&] { report->trigger(); },
                                [&](ReportDialog* dialog) {
                                    checkOnScreen(QStringLiteral("the report dialog"));
                                    dialog->sectionBox(ReportSection::Diagram)->setChecked(true);
                                    dialog->setOutputPath(pdf);
                                    dialog->setOpenWhenDone(false);
                                    input = dialog->input();
                                    options = dialog->options();
                                    dialog->accept();
                                });
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QCOMPARE(int(input.runs.size()), 2);

        // The pages as the writer laid them out: every legend on the page where its
        // figures start.
        auto doc = ReportBuilder(&m_session).build(input, options);
        QVERIFY(doc);
        ReportPageFlow flow(*doc, ReportPdfWriter::pageSize(*doc));
        flow.layout();
        auto pageOf = [&](std::size_t block) {
            for (std::size_t p = 0; p < flow.pages().size(); ++p) {
                const auto& blocks = flow.pages()[p].blocks;
                if (std::find(blocks.begin(), blocks.end(), block) != blocks.end())
                    return int(p);
            }
            return -1;
        };
        int legends = 0;
        for (std::size_t i = 0; i + 1 < doc->blocks.size(); ++i) {
            const ReportBlock& b = doc->blocks[i];
            if (!b.keepWithNext || b.kind == ReportBlock::Kind::Heading)
                continue;
            ++legends;
            QVERIFY(pageOf(i) >= 0);
            QCOMPARE(pageOf(i + 1), pageOf(i));
        }
        QVERIFY(legends > 0);
    }

    void cleanupTestCase()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w != m_window.get() && w->isVisible())
                w->close();
        }
        m_window.reset();
    }
};

// The offscreen platform's one screen made a 1366×768 laptop's (it is 800×600 by default).
int main(int argc, char** argv)
{
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        const QString path = config.filePath(QStringLiteral("screen.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                        .arg(kScreen.width())
                        .arg(kScreen.height())
                        .toUtf8());
            f.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    TestFirstHour test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_first_hour.moc"
