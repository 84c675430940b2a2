// The diagram editor as a view + controller over core's document: the canvas mirrors
// the document through add/remove/undo/redo, gestures become single undo steps, the
// clipboard works between editors, and bad input changes nothing.

#include "tst_diagram_support.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramEditing.h"
#include "diagram/DiagramMime.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramPalette.h"
#include "diagram/DiagramTextEditor.h"
#include "common/Translation.h"

#include "runlens/diagram/DiagramFile.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

using namespace runlens;
using namespace diagramtest;

namespace {

// Every node and edge of the document has exactly one item, where the document says.
void checkMirror(DiagramEditor& e)
{
    const Diagram& d = e.document().diagram();
    QCOMPARE(e.scene()->nodeItemCount(), int(d.nodes.size()));
    QCOMPARE(e.scene()->edgeItemCount(), int(d.edges.size()));
    for (const auto& n : d.nodes) {
        DiagramNodeItem* item = e.scene()->nodeItem(n.id);
        QVERIFY2(item, n.id.c_str());
        QCOMPARE(item->pos(), QPointF(n.position.x, n.position.y));
        QCOMPARE(item->node().title, n.title);
        QCOMPARE(item->nodeRect().size(), QSizeF(n.size.width, n.size.height));
    }
    for (const auto& edge : d.edges) {
        DiagramEdgeItem* item = e.scene()->edgeItem(edge.id);
        QVERIFY2(item, edge.id.c_str());
        // The path starts at the source's output port and ends at the target's input port
        // (the arrow's tip on the port circle's rim).
        const QPointF from = e.scene()->nodeItem(edge.from.node)->portScenePos(true, edge.from.port);
        const QPointF to = e.scene()->nodeItem(edge.to.node)->portScenePos(false, edge.to.port) -
                           QPointF(DiagramNodePainter::kPortRadius, 0);
        QCOMPARE(item->path().pointAtPercent(0), from);
        QCOMPARE(item->path().pointAtPercent(1), to);
    }
}

int diagramItemCount(DiagramScene* scene)
{
    int n = 0;
    for (QGraphicsItem* it : scene->items())
        n += it->type() == DiagramNodeItem::Type || it->type() == DiagramEdgeItem::Type;
    return n;
}

} // namespace

class TestDiagramEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English plurals ("Move 2 nodes") come from the built-in English translation.
        QCOMPARE(Translation::install(QStringLiteral("en")), QStringLiteral("en"));
    }

    void sceneMirrorsDocumentThroughUndoRedo()
    {
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        e.document().reset(threeSteps());
        checkMirror(e);
        const std::string start = json(e);

        const std::string id = e.document().addNode(DiagramNode::make("", DiagramNodeKind::Deployment, "serve"));
        e.document().addEdge({"", {"c", "out"}, {id, "in"}, "", DiagramEdge::Routing::Orthogonal});
        checkMirror(e);
        QCOMPARE(diagramItemCount(e.scene()), 4 + 1 + 2 + 1);

        // Removing the training node takes its two edges along, items included.
        e.document().remove({"b"});
        checkMirror(e);
        QVERIFY(!e.scene()->nodeItem("b"));
        QVERIFY(!e.scene()->edgeItem("e1"));
        QCOMPARE(diagramItemCount(e.scene()), 4 + 1);

        e.document().translateNodes({"a", "c"}, 40, -20);
        checkMirror(e);
        const std::string end = json(e);

        QCOMPARE(e.undoStack()->count(), 4);
        while (e.undoStack()->canUndo()) {
            e.undoStack()->undo();
            checkMirror(e);
        }
        QCOMPARE(json(e), start);
        QCOMPARE(diagramItemCount(e.scene()), 4 + 2);
        while (e.undoStack()->canRedo()) {
            e.undoStack()->redo();
            checkMirror(e);
        }
        QCOMPARE(json(e), end);
    }

    void undoTextsAreTranslatedDescriptions()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        e.document().translateNodes({"a", "b"}, 20, 0);
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Move 2 nodes"));
        e.document().remove({"note"}, {"e2"});
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Delete 2 items"));
    }

    void dragMoveIsOneUndoStep()
    {
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        const std::string before = json(e);
        const QPointF start = centreOf(e, "b");
        drag(e, start, start + QPointF(93, 47), 8);
        const DiagramNode* b = e.document().node("b");
        // Snapped to the 20-unit grid: 240 + 93 -> 340, 0 + 47 -> 40.
        QCOMPARE(b->position.x, 340.0);
        QCOMPARE(b->position.y, 40.0);
        QCOMPARE(e.undoStack()->count(), 1);
        checkMirror(e);
        e.undoStack()->undo();
        QCOMPARE(json(e), before);
        checkMirror(e);

        // A drag that comes back to where it began leaves no command at all.
        e.undoStack()->clear();
        mouse(e, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        mouse(e, QEvent::MouseMove, start + QPointF(30, 0), Qt::NoButton, Qt::LeftButton);
        mouse(e, QEvent::MouseMove, start + QPointF(60, 0), Qt::NoButton, Qt::LeftButton);
        QCOMPARE(e.document().node("b")->position.x, 300.0);
        mouse(e, QEvent::MouseMove, start, Qt::NoButton, Qt::LeftButton);
        mouse(e, QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(e.undoStack()->count(), 0);
        QCOMPARE(json(e), before);
    }

    void dragMovesTheWholeSelection()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        e.scene()->select({"a", "c"});
        const QPointF start = centreOf(e, "a");
        drag(e, start, start + QPointF(0, 60));
        QCOMPARE(e.document().node("a")->position.y, 60.0);
        QCOMPARE(e.document().node("c")->position.y, 160.0);
        QCOMPARE(e.document().node("b")->position.y, 0.0);
        QCOMPARE(e.undoStack()->count(), 1);
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Move 2 nodes"));
    }

    void connectingPortsAddsAnEdge()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        const QPointF out = e.scene()->nodeItem("a")->portScenePos(true, "out");
        drag(e, out, centreOf(e, "c"));
        QCOMPARE(int(e.document().diagram().edges.size()), 3);
        const DiagramEdge& added = e.document().diagram().edges.back();
        QCOMPARE(added.from.node, std::string("a"));
        QCOMPARE(added.to.node, std::string("c"));
        QVERIFY(e.scene()->edgeItem(added.id));
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Connect"));
    }

    // Ports are hit within a few view pixels at any zoom the view allows: the press
    // and the drop, made with QTest's mouse events on the view, as a hand makes them
    // (three or four pixels off the port's centre, on the side away from the box).
    void connectingWorksAtEveryZoom_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("minimum") << DiagramView::kMinZoom;
        QTest::newRow("template default 35 %") << 0.35;
        QTest::newRow("100 %") << 1.0;
        QTest::newRow("maximum") << DiagramView::kMaxZoom;
    }

    void connectingWorksAtEveryZoom()
    {
        QFETCH(double, zoom);
        // Far enough apart that the two boxes are distinct pixels even at the minimum zoom.
        Diagram d = Diagram::make("two boxes");
        d.nodes.push_back(DiagramNode::make("a", DiagramNodeKind::DataSource, "ingest"));
        d.nodes.push_back(DiagramNode::make("b", DiagramNodeKind::Training, "train"));
        d.nodes[1].position = {6000, 400};
        DiagramEditor e(nullptr);
        e.document().reset(d);
        e.resize(1200, 800);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        e.view()->setZoom(zoom);
        QCOMPARE(e.view()->zoom(), zoom);
        const QPointF out = e.scene()->nodeItem("a")->portScenePos(true, "out");
        const QPointF in = e.scene()->nodeItem("b")->portScenePos(false, "in");
        e.view()->centerOn(zoom < 0.2 ? (out + in) / 2 : out);
        QWidget* vp = e.view()->viewport();
        const QPoint press = e.view()->mapFromScene(out) + QPoint(3, 2);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, press);
        if (zoom >= 0.2) // the target is off screen: scroll there during the drag, as autoscroll would
            e.view()->centerOn(in);
        const QPoint drop = e.view()->mapFromScene(in) - QPoint(3, 2);
        QTest::mouseMove(vp, (press + drop) / 2);
        QTest::mouseMove(vp, drop);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, drop);
        QCOMPARE(int(e.document().diagram().edges.size()), 1);
        const DiagramEdge& added = e.document().diagram().edges.front();
        QCOMPARE(added.from.node, std::string("a"));
        QCOMPARE(added.to.node, std::string("b"));
        QCOMPARE(e.document().node("a")->position, (DiagramPoint{0, 0})); // no drag on the way
    }

    // Inside a box big enough on screen its middle drags it; only a rim is the port's.
    void theMiddleOfABoxStillDrags()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        e.view()->setZoom(0.35);
        e.view()->centerOn(centreOf(e, "b"));
        QWidget* vp = e.view()->viewport();
        const QPoint from = e.view()->mapFromScene(centreOf(e, "b"));
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(vp, from + QPoint(10, 10));
        QTest::mouseMove(vp, from + QPoint(20, 20));
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, from + QPoint(20, 20));
        QVERIFY(e.document().node("b")->position.x > 240);
        QCOMPARE(int(e.document().diagram().edges.size()), 2);
    }

    // An edge is a thin line: a press a few pixels beside it selects it at any zoom.
    void edgesAreHitWithinAFewPixels()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        e.view()->setZoom(0.35);
        const QPainterPath& path = e.scene()->edgeItem("e1")->path();
        const QPointF onLine = path.pointAtPercent(0.5);
        e.view()->centerOn(onLine);
        QTest::mouseClick(e.view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          e.view()->mapFromScene(onLine) + QPoint(0, 6));
        QCOMPARE(e.scene()->selectedEdgeIds(), std::vector<std::string>{"e1"});
    }

    // A large diagram in a small canvas opens where it can be read (titles and ports
    // drawn), at its start, also when it was made while the editor was hidden.
    void diagramsOpenReadable()
    {
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        QVERIFY(e.newFromTemplate(QStringLiteral("mlops-level-2")));
        e.resize(800, 320);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        QTRY_VERIFY(e.view()->zoom() >= DiagramView::kReadableZoom - 1e-9);
        QVERIFY(e.view()->zoom() >= DiagramNodePainter::kDetailThreshold);
        const QRectF bounds = e.scene()->diagramBounds();
        QVERIFY(e.view()->visibleSceneRect().contains(bounds.topLeft() + QPointF(30, 30)));
        e.newDiagram();
        QTRY_COMPARE(e.view()->zoom(), 1.0);
    }

    void resizeByGripIsOneStep()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        e.scene()->select({"b"});
        const DiagramNode* b = e.document().node("b");
        const QPointF grip(b->position.x + b->size.width, b->position.y + b->size.height);
        drag(e, grip, grip + QPointF(80, 40));
        QCOMPARE(e.document().node("b")->size.width, 240.0);
        QCOMPARE(e.document().node("b")->size.height, 100.0);
        QCOMPARE(e.undoStack()->count(), 1);
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Resize"));
    }

    void rubberBandAndSelectAll()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        // A band from empty space above-left of "a" to the middle of "b".
        drag(e, QPointF(-30, -30), QPointF(300, 40));
        const auto selected = e.scene()->selectedNodeIds();
        QCOMPARE(int(selected.size()), 2);
        QCOMPARE(selected[0], std::string("a"));
        QCOMPARE(selected[1], std::string("b"));
        QCOMPARE(e.undoStack()->count(), 0);
        e.action("selectAll")->trigger();
        QCOMPARE(int(e.scene()->selectedNodeIds().size()), 4);
        QCOMPARE(int(e.scene()->selectedEdgeIds().size()), 2);
    }

    void editTextInPlace()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        e.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        e.view()->setFocus();
        e.scene()->select({"b"});
        e.action("editText")->trigger();
        QVERIFY(e.scene()->isEditingText());
        auto* editor = dynamic_cast<DiagramTextEditor*>(e.scene()->focusItem());
        QVERIFY(editor);
        editor->setPlainText(QStringLiteral("fine-tune"));
        QTest::keyClick(e.view()->viewport(), Qt::Key_Return);
        QVERIFY(!e.scene()->isEditingText());
        QCOMPARE(e.document().node("b")->title, std::string("fine-tune"));
        QCOMPARE(e.undoStack()->undoText(), QStringLiteral("Edit text"));

        // Escape keeps the old text and pushes nothing.
        e.scene()->editNodeText("b");
        dynamic_cast<DiagramTextEditor*>(e.scene()->focusItem())->setPlainText(QStringLiteral("x"));
        QTest::keyClick(e.view()->viewport(), Qt::Key_Escape);
        QCOMPARE(e.document().node("b")->title, std::string("fine-tune"));
        QCOMPARE(e.undoStack()->count(), 1);
    }

    void copyPasteBetweenEditors()
    {
        DiagramEditor a(nullptr), b(nullptr);
        a.setQuiet(true);
        b.setQuiet(true);
        a.document().reset(threeSteps());
        a.scene()->select({"a", "b"});
        a.action("copy")->trigger();
        const QMimeData* data = QApplication::clipboard()->mimeData();
        QVERIFY(data->hasFormat(DiagramMime::diagramType()));
        QVERIFY(DiagramJson::looksLike(data->text().toStdString()));

        b.action("paste")->trigger();
        const Diagram& pasted = b.document().diagram();
        QCOMPARE(int(pasted.nodes.size()), 2);
        QCOMPARE(int(pasted.edges.size()), 1); // a -> b came along; b -> c did not
        QCOMPARE(pasted.nodes[0].title, std::string("ingest"));
        QCOMPARE(pasted.nodes[1].title, std::string("train"));
        QCOMPARE(b.scene()->nodeItemCount(), 2);
        QCOMPARE(int(b.scene()->selectedNodeIds().size()), 2); // what was pasted is selected
        QCOMPARE(b.undoStack()->count(), 1);
        b.undoStack()->undo();
        QCOMPARE(b.scene()->nodeItemCount(), 0);

        // Cut: copies, then deletes in one step.
        a.scene()->select({"c"});
        a.action("cut")->trigger();
        QVERIFY(!a.document().node("c"));
        b.action("paste")->trigger();
        QCOMPARE(b.document().diagram().nodes.back().title, std::string("evaluate"));
    }

    void pastingMermaidTextMakesNodes()
    {
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        QApplication::clipboard()->setText(QStringLiteral("flowchart LR\n  A[load] --> B[train model]\n"));
        e.action("paste")->trigger();
        QCOMPARE(int(e.document().diagram().nodes.size()), 2);
        QCOMPARE(int(e.document().diagram().edges.size()), 1);
        QCOMPARE(e.undoStack()->count(), 1);
    }

    void duplicateDeleteAlignDistribute()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        e.scene()->select({"a"});
        e.action("duplicate")->trigger();
        QCOMPARE(int(e.document().diagram().nodes.size()), 5);
        const auto dup = e.scene()->selectedNodeIds();
        QCOMPARE(int(dup.size()), 1);
        QVERIFY(dup.front() != "a");
        e.action("delete")->trigger();
        QCOMPARE(int(e.document().diagram().nodes.size()), 4);

        e.scene()->select({"a", "b", "c"});
        e.action("alignTop")->trigger();
        QCOMPARE(e.document().node("c")->position.y, 0.0);
        e.document().moveNodes({{"b", {100, 0}}});
        e.action("distributeH")->trigger();
        const double gap1 = e.document().node("b")->position.x - e.document().node("a")->rect().right();
        const double gap2 = e.document().node("c")->position.x - e.document().node("b")->rect().right();
        QCOMPARE(gap1, gap2);
        checkMirror(e);
    }

    void autoLayoutIsUndoable()
    {
        DiagramEditor e(nullptr);
        Diagram d = threeSteps();
        for (auto& n : d.nodes)
            n.position = {0, 0}; // all on top of each other
        e.document().reset(d);
        const std::string before = json(e);
        e.action("autoLayout")->trigger();
        // Left to right: ingest before train before evaluate, no two boxes overlapping.
        const auto* a = e.document().node("a");
        const auto* b = e.document().node("b");
        const auto* c = e.document().node("c");
        QVERIFY(a->rect().right() <= b->position.x);
        QVERIFY(b->rect().right() <= c->position.x);
        checkMirror(e);
        QCOMPARE(e.undoStack()->count(), 1);
        e.undoStack()->undo();
        QCOMPARE(json(e), before);
    }

    void paletteDropAddsNode()
    {
        DiagramEditor e(nullptr);
        showAtActualSize(e);
        auto* data = new QMimeData;
        data->setData(DiagramMime::kindType(), "model-registry");
        QVERIFY(drop(e, data, QPointF(100, 95)));
        delete data;
        QCOMPARE(int(e.document().diagram().nodes.size()), 1);
        const DiagramNode& n = e.document().diagram().nodes.front();
        QVERIFY(n.kind == DiagramNodeKind::ModelRegistry);
        // Centred on the drop point, snapped to the grid.
        QCOMPARE(n.position.x, 20.0);
        QCOMPARE(n.position.y, 60.0);
    }

    void keyboardShortcutsWhileTheCanvasHasFocus()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        e.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&e));
        e.view()->setFocus();
        QTest::keyClick(e.view(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(int(e.scene()->selectedNodeIds().size()), 4);
        QTest::keyClick(e.view(), Qt::Key_Right);            // nudge one grid step
        QCOMPARE(e.document().node("a")->position.x, 20.0);
        QTest::keyClick(e.view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(int(e.document().diagram().nodes.size()), 8);
        QTest::keyClick(e.view(), Qt::Key_Delete);
        QCOMPARE(int(e.document().diagram().nodes.size()), 4);
        QTest::keyClick(e.view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(int(e.document().diagram().nodes.size()), 8);
        QTest::keyClick(e.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(e.document().diagram().nodes.size()), 4);
        QCOMPARE(e.undoStack()->count(), 3);
    }

    void wheelZoomsAroundTheCursor()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        const QPointF anchor = centreOf(e, "b");
        const QPoint at = viewPos(e, anchor);
        QWheelEvent wheel(at, e.view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(e.view()->viewport(), &wheel);
        QVERIFY(e.view()->zoom() > 1.2);
        // The point under the cursor stays under it.
        const QPointF after = e.view()->mapToScene(at);
        QVERIFY(std::abs(after.x() - anchor.x()) < 2 && std::abs(after.y() - anchor.y()) < 2);
        e.action("fit")->trigger();
        QVERIFY(e.view()->zoom() <= 1.0);
        for (const auto& n : e.document().diagram().nodes)
            QVERIFY(e.view()->visibleSceneRect().contains(QRectF(n.position.x, n.position.y, n.size.width,
                                                                  n.size.height)));
    }

    void droppedMermaidFileIsImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flow.mmd"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("graph TD\n  ingest --> validate\n  validate -->|ok| train\n  train --> evaluate\n");
        f.close();
        DiagramEditor e(nullptr);
        e.setQuiet(true);
        showAtActualSize(e);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QVERIFY(drop(e, &data, QPointF(50, 50)));
        const Diagram& d = e.document().diagram();
        QCOMPARE(int(d.nodes.size()), 4);
        QCOMPARE(int(d.edges.size()), 3);
        QVERIFY(e.isModified());
        QCOMPARE(e.scene()->edgeItemCount(), 3);
    }

    void paletteDragsKindsAndDropsIntoGroups()
    {
        DiagramEditor e(nullptr);
        showAtActualSize(e);
        QAbstractItemModel* model = e.palette()->model();
        QCOMPARE(model->rowCount(), 11);
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(10, 0)}));
        QVERIFY(data);
        QCOMPARE(data->data(DiagramMime::kindType()), QByteArray("group"));
        QVERIFY(drop(e, data.get(), QPointF(200, 120)));
        const std::string group = e.document().diagram().nodes.front().id;
        // A training node dropped inside the lane becomes its member.
        data.reset(model->mimeData({model->index(3, 0)}));
        QVERIFY(drop(e, data.get(), QPointF(200, 150)));
        const DiagramNode& member = e.document().diagram().nodes.back();
        QVERIFY(member.kind == DiagramNodeKind::Training);
        QCOMPARE(member.group, group);
        // Moving the lane moves its member along.
        e.document().translateNodes({group}, 100, 0);
        QCOMPARE(e.document().diagram().nodes.back().position.x, member.position.x);
        QCOMPARE(e.scene()->nodeItem(e.document().diagram().nodes.back().id)->pos().x(),
                 e.document().diagram().nodes.back().position.x);
    }

    void edgeLabelEditedInPlace()
    {
        DiagramEditor e(nullptr);
        e.document().reset(threeSteps());
        showAtActualSize(e);
        emit e.scene()->edgeDoubleClicked(QStringLiteral("e2"));
        QVERIFY(e.scene()->isEditingText());
        DiagramTextEditor* editor = nullptr;
        for (QGraphicsItem* it : e.scene()->items())
            editor = editor ? editor : dynamic_cast<DiagramTextEditor*>(it);
        QVERIFY(editor);
        editor->setPlainText(QStringLiteral("model.pt"));
        e.scene()->finishTextEdit(true);
        QCOMPARE(e.document().edge("e2")->label, std::string("model.pt"));
        QCOMPARE(e.scene()->edgeItem("e2")->edge().label, std::string("model.pt"));
        e.undoStack()->undo();
        QCOMPARE(e.scene()->edgeItem("e2")->edge().label, std::string());
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("truncated json") << QByteArray(R"({"format": "runlens-diagram", "version": 1, "nodes": [)")
                                        << "rldiagram";
        QTest::newRow("wrong types") << QByteArray(R"({"format": "runlens-diagram", "version": 1, "uuid": 7})")
                                     << "rldiagram";
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << "rldiagram";
        QTest::newRow("dangling edge")
            << QByteArray(R"({"format":"runlens-diagram","version":1,"uuid":"0123456789abcdef0123456789abcdef",)"
                          R"("name":"x","sourceRun":"","nodes":[],"edges":[{"id":"e","from":{"node":"a","port":"out"},)"
                          R"("to":{"node":"b","port":"in"},"label":"","routing":"orthogonal"}]})")
            << "rldiagram";
        QTest::newRow("bad drawio") << QByteArray("<mxfile><diagram>not base64 at all!!</diagram></mxfile>")
                                    << "drawio";
        QTest::newRow("bad mermaid") << QByteArray("flowchart LR\n  A[unclosed --> B\n") << "mmd";
        QTest::newRow("not a diagram") << QByteArray("hello, world\n") << "txt";
    }

    void badInputChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.") + suffix);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        DiagramEditor e(nullptr);
        e.setQuiet(true);
        e.document().reset(threeSteps());
        e.document().translateNodes({"a"}, 20, 0);
        const std::string before = json(e);
        const bool opened = suffix == QLatin1String("rldiagram") ? e.openFile(path) : e.importFile(path);
        QVERIFY(!opened);
        QVERIFY(!e.lastError().isEmpty());
        QVERIFY2(e.lastError().contains(QStringLiteral("bad.")), qPrintable(e.lastError()));
        QCOMPARE(json(e), before);
        QCOMPARE(e.undoStack()->count(), 1);
        checkMirror(e);

        // The same bytes pasted from the clipboard are refused too.
        QApplication::clipboard()->setText(QString::fromUtf8(bytes));
        e.action("paste")->trigger();
        QCOMPARE(json(e), before);
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipeline.rldiagram"));
        DiagramEditor a(nullptr), b(nullptr);
        a.setQuiet(true);
        b.setQuiet(true);
        a.document().reset(threeSteps());
        a.document().translateNodes({"c"}, 20, 20);
        QVERIFY(a.isModified());
        QVERIFY(a.saveToFile(path));
        QVERIFY(!a.isModified());
        QVERIFY(b.openFile(path));
        QCOMPARE(json(b), json(a));
        QCOMPARE(b.currentFile(), path);
        checkMirror(b);
        // Saving into a folder that does not exist fails with a message and keeps the state.
        QVERIFY(!a.saveToFile(dir.filePath(QStringLiteral("missing/x.rldiagram"))));
        QVERIFY(!a.lastError().isEmpty());
    }
};

QTEST_MAIN(TestDiagramEditor)
#include "tst_diagram_editor.moc"
