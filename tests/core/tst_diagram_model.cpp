// Diagram editing in the core: every operation of DiagramDocument, its change events,
// and undo/redo round trips that must give back byte-identical JSON.

#include "TestPrinters.h"

#include "runlens/diagram/DiagramCommand.h"
#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace runlens;

namespace {

// a -> b -> c, a -> c, and a note: enough for edges in the middle of the lists.
Diagram sample()
{
    Diagram d = Diagram::make("sample");
    auto add = [&](const char* id, DiagramNodeKind kind, double x, double y) {
        DiagramNode n = DiagramNode::make(id, kind, std::string("Title ") + id);
        n.position = {x, y};
        d.nodes.push_back(n);
    };
    add("a", DiagramNodeKind::DataSource, 0, 0);
    add("b", DiagramNodeKind::Training, 200, 0);
    add("c", DiagramNodeKind::Evaluation, 400, 100);
    add("note", DiagramNodeKind::Note, 0, 300);
    d.edges.push_back({"e1", {"a", "out"}, {"b", "in"}, "raw", DiagramEdge::Routing::Orthogonal});
    d.edges.push_back({"e2", {"b", "out"}, {"c", "in"}, "", DiagramEdge::Routing::Curved});
    d.edges.push_back({"e3", {"a", "out"}, {"c", "in"}, "", DiagramEdge::Routing::Orthogonal});
    return d;
}

std::string json(const DiagramDocument& doc) { return DiagramJson::write(doc.diagram()); }

// Records every change event as "Type:id,id|fields".
struct Recorder {
    std::vector<DiagramChange> changes;
    explicit Recorder(DiagramDocument& doc)
    {
        doc.addListener([this](const DiagramChange& c) { changes.push_back(c); });
    }
    std::vector<DiagramChange::Type> types() const
    {
        std::vector<DiagramChange::Type> t;
        for (const auto& c : changes)
            t.push_back(c.type);
        return t;
    }
};

} // namespace

class TestDiagramModel : public QObject {
    Q_OBJECT

private slots:
    void addNodeAndEdgeUndoRedo()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        std::string id = doc.addNode(DiagramNode::make("", DiagramNodeKind::Deployment, "Deploy"));
        QVERIFY(!id.empty());
        QVERIFY(doc.node(id));
        std::string eid = doc.addEdge({"", {"c", "out"}, {id, "in"}, "", DiagramEdge::Routing::Orthogonal});
        QVERIFY(doc.edge(eid));
        const std::string after = json(doc);
        QCOMPARE(doc.undoStack().count(), 2);
        doc.undoStack().undo();
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
        doc.undoStack().redo();
        doc.undoStack().redo();
        QCOMPARE(json(doc), after);
    }

    void takenIdIsReplaced()
    {
        DiagramDocument doc(sample());
        std::string id = doc.addNode(DiagramNode::make("a", DiagramNodeKind::Step, "second a"));
        QVERIFY(id != "a");
        QCOMPARE(doc.node("a")->title, std::string("Title a"));
        QCOMPARE(doc.node(id)->title, std::string("second a"));
    }

    void removeNodeTakesItsEdgesAndUndoRestoresOrder()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        Recorder rec(doc);
        doc.remove({"b"});
        QVERIFY(!doc.node("b"));
        QCOMPARE(doc.diagram().edges.size(), std::size_t(1));
        QCOMPARE(doc.diagram().edges[0].id, std::string("e3"));
        QVERIFY(rec.types() == (std::vector{DiagramChange::Type::EdgesRemoved, DiagramChange::Type::NodesRemoved}));
        QCOMPARE(rec.changes[0].ids.size(), std::size_t(2));
        rec.changes.clear();
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
        QVERIFY(rec.types() == (std::vector{DiagramChange::Type::NodesAdded, DiagramChange::Type::EdgesAdded}));
        doc.undoStack().redo();
        QVERIFY(!doc.node("b"));
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void removeSeveralNodesAndEdges()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        doc.remove({"a", "note"}, {"e2"});
        QVERIFY(doc.diagram().edges.empty());
        QCOMPARE(doc.diagram().nodes.size(), std::size_t(2));
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void removingAGroupFreesItsMembers()
    {
        Diagram d = sample();
        d.nodes.insert(d.nodes.begin(), DiagramNode::make("lane", DiagramNodeKind::Group, "Lane"));
        d.node("a")->group = "lane";
        d.node("b")->group = "lane";
        DiagramDocument doc(d);
        const std::string before = json(doc);
        doc.remove({"lane"});
        QVERIFY(doc.node("a")->group.empty());
        QVERIFY(doc.node("b")->group.empty());
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void dragMergesIntoOneStep()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        Recorder rec(doc);
        doc.moveNodes({{"a", {10, 10}}, {"b", {210, 10}}});
        doc.moveNodes({{"a", {20, 20}}, {"b", {220, 20}}}, true);
        doc.moveNodes({{"a", {30, 30}}, {"b", {230, 30}}}, true);
        QCOMPARE(doc.undoStack().count(), 1);
        QCOMPARE(doc.node("a")->position, (DiagramPoint{30, 30}));
        QCOMPARE(rec.changes.size(), std::size_t(3));
        QVERIFY(rec.changes.back().type == DiagramChange::Type::NodesChanged);
        QVERIFY(rec.changes.back().has(DiagramChange::Position));
        QVERIFY(!rec.changes.back().has(DiagramChange::Title));
        const std::string moved = json(doc);
        // A new drag is a new step even with the same nodes.
        doc.moveNodes({{"a", {40, 40}}, {"b", {240, 40}}});
        QCOMPARE(doc.undoStack().count(), 2);
        doc.undoStack().undo();
        QCOMPARE(json(doc), moved);
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void dragBackToTheStartLeavesNoStep()
    {
        DiagramDocument doc(sample());
        doc.moveNodes({{"a", {50, 50}}});
        doc.moveNodes({{"a", {0, 0}}}, true);
        QCOMPARE(doc.undoStack().count(), 0);
        QCOMPARE(doc.node("a")->position, (DiagramPoint{0, 0}));
    }

    void dragDoesNotMergeIntoAnotherNodeSet()
    {
        DiagramDocument doc(sample());
        doc.moveNodes({{"a", {50, 50}}});
        doc.moveNodes({{"b", {50, 50}}}, true);
        QCOMPARE(doc.undoStack().count(), 2);
    }

    void dragDoesNotMergeAcrossTheSavedState()
    {
        DiagramDocument doc(sample());
        doc.moveNodes({{"a", {50, 50}}});
        doc.undoStack().setClean();
        doc.moveNodes({{"a", {60, 60}}}, true);
        QCOMPARE(doc.undoStack().count(), 2);
        QVERIFY(!doc.undoStack().isClean());
        doc.undoStack().undo();
        QVERIFY(doc.undoStack().isClean());
    }

    void translateMovesGroupMembersToo()
    {
        Diagram d = sample();
        d.nodes.push_back(DiagramNode::make("lane", DiagramNodeKind::Group, "Lane"));
        d.node("a")->group = "lane";
        DiagramDocument doc(d);
        doc.translateNodes({"lane"}, 5, 7);
        QCOMPARE(doc.node("a")->position, (DiagramPoint{5, 7}));
        QCOMPARE(doc.node("lane")->position, (DiagramPoint{5, 7}));
        QCOMPARE(doc.node("b")->position, (DiagramPoint{200, 0}));
    }

    void resizeTextBindingKindRouting()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        Recorder rec(doc);
        doc.setNodeGeometry("b", {190, -10, 220, 90});
        QVERIFY(rec.changes.back().has(DiagramChange::Size) && rec.changes.back().has(DiagramChange::Position));
        doc.setNodeTitle("b", "Train (GPU)");
        QVERIFY(rec.changes.back().has(DiagramChange::Title));
        doc.setNodeBinding("b", DiagramBinding::step("train"));
        doc.setNodeMetric("b", "val/loss");
        QVERIFY(rec.changes.back().has(DiagramChange::Binding));
        doc.setNodeKind("note", DiagramNodeKind::Monitoring);
        QVERIFY(rec.changes.back().has(DiagramChange::Kind));
        doc.setEdgeLabel("e2", "model.pt");
        QVERIFY(rec.changes.back().type == DiagramChange::Type::EdgesChanged);
        doc.setEdgeRouting("e2", DiagramEdge::Routing::Orthogonal);
        QVERIFY(rec.changes.back().has(DiagramChange::Routing));
        doc.rename("renamed");
        QVERIFY(rec.changes.back().type == DiagramChange::Type::HeaderChanged);
        QCOMPARE(doc.node("b")->size, (DiagramSize{220, 90}));
        QCOMPARE(doc.node("b")->binding.value, std::string("train"));
        QCOMPARE(doc.diagram().name, std::string("renamed"));
        QCOMPARE(doc.undoStack().count(), 8);
        while (doc.undoStack().canUndo())
            doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void settingTheSameValueIsNoStep()
    {
        DiagramDocument doc(sample());
        doc.setNodeTitle("a", "Title a");
        doc.moveNodes({{"a", {0, 0}}});
        QCOMPARE(doc.undoStack().count(), 0);
    }

    void portsEditingKeepsEdgesValid()
    {
        DiagramDocument doc(sample());
        doc.setNodePorts("c", {{"in", "model"}, {"data", "test set"}}, {});
        QCOMPARE(doc.node("c")->inputs.size(), std::size_t(2));
        // Removing a port that edges use would leave them dangling: refused.
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodePorts("b", {}, {{"out", ""}}));
        QCOMPARE(doc.node("b")->inputs.size(), std::size_t(1));
    }

    void badEditsThrowAndChangeNothing()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.addEdge({"", {"a", "out"}, {"ghost", "in"}, "", {}}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.addEdge({"", {"a", "nope"}, {"b", "in"}, "", {}}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.addEdge({"", {"a", "out"}, {"note", "in"}, "", {}}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeTitle("a", std::string(10u << 20, 'x')));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeTitle("a", std::string("bad \xff utf8")));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeTitle("ghost", "x"));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.remove({"a"}, {"ghost"}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.remove({"ghost"}));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.moveNodes({{"a", {nan, 0}}}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.moveNodes({{"a", {1e300, 0}}}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeGeometry("a", {0, 0, -5, 10}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeGroup({"a"}, "b")); // b is no group
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeBinding("a", DiagramBinding::run("not-a-uuid")));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.rename(""));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.paste("{\"format\": 3"));
        QCOMPARE(json(doc), before);
        QCOMPARE(doc.undoStack().count(), 0);
    }

    void groupCyclesAreRefused()
    {
        Diagram d = sample();
        d.nodes.push_back(DiagramNode::make("g1", DiagramNodeKind::Group, "outer"));
        d.nodes.push_back(DiagramNode::make("g2", DiagramNodeKind::Group, "inner"));
        d.node("g2")->group = "g1";
        DiagramDocument doc(d);
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeGroup({"g1"}, "g2"));
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.setNodeGroup({"g1"}, "g1"));
        doc.setNodeGroup({"a", "b"}, "g2");
        QCOMPARE(doc.node("a")->group, std::string("g2"));
    }

    void alignAndDistribute()
    {
        DiagramDocument doc(sample());
        doc.align({"a", "b", "c"}, DiagramAlignment::Top);
        QCOMPARE(doc.node("c")->position.y, 0.0);
        doc.align({"a", "b", "c"}, DiagramAlignment::Bottom);
        QCOMPARE(doc.node("c")->position.y, 0.0); // all are 60 high
        doc.setNodeGeometry("b", {200, 0, 160, 100});
        doc.align({"a", "b"}, DiagramAlignment::Bottom);
        QCOMPARE(doc.node("a")->position.y, 40.0);
        doc.align({"a", "b"}, DiagramAlignment::VerticalCentre);
        QCOMPARE(doc.node("a")->position.y + 30, doc.node("b")->position.y + 50);
        doc.align({"a", "c"}, DiagramAlignment::Right);
        QCOMPARE(doc.node("a")->position.x, 400.0);
        doc.align({"a", "note"}, DiagramAlignment::Left);
        QCOMPARE(doc.node("a")->position.x, 0.0);
        doc.align({"a", "b"}, DiagramAlignment::HorizontalCentre);
        QCOMPARE(doc.node("a")->position.x, doc.node("b")->position.x); // same width
        QCOMPARE(doc.node("a")->position.x, 100.0);

        DiagramDocument d2(sample());
        d2.moveNodes({{"a", {0, 0}}, {"b", {170, 0}}, {"c", {1000, 0}}});
        d2.distribute({"c", "a", "b"}, DiagramDistribution::Horizontal);
        QCOMPARE(d2.node("a")->position.x, 0.0);
        QCOMPARE(d2.node("c")->position.x, 1000.0);
        double gap1 = d2.node("b")->position.x - (d2.node("a")->position.x + 160);
        double gap2 = d2.node("c")->position.x - (d2.node("b")->position.x + 160);
        QCOMPARE(gap1, gap2);
        QCOMPARE(gap1, (1160.0 - 480.0) / 2);
        d2.distribute({"a", "b"}, DiagramDistribution::Vertical); // fewer than 3: nothing
        QCOMPARE(d2.undoStack().count(), 2);
    }

    void duplicateCopiesNodesAndInnerEdges()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        auto ids = doc.duplicate({"a", "b"});
        QCOMPARE(ids.size(), std::size_t(2));
        QVERIFY(ids[0] != "a" && ids[1] != "b");
        QCOMPARE(doc.node(ids[0])->position, (DiagramPoint{20, 20}));
        QCOMPARE(doc.node(ids[1])->title, std::string("Title b"));
        QCOMPARE(doc.diagram().edges.size(), std::size_t(4)); // only a->b is inside
        const auto& copyEdge = doc.diagram().edges.back();
        QCOMPARE(copyEdge.from.node, ids[0]);
        QCOMPARE(copyEdge.to.node, ids[1]);
        QCOMPARE(copyEdge.label, std::string("raw"));
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void copyPasteGivesFreshIds()
    {
        DiagramDocument src(sample());
        std::string fragment = src.copy({"b", "c"});
        QVERIFY(DiagramJson::looksLike(fragment));
        Diagram parsed = DiagramJson::read(fragment);
        QCOMPARE(parsed.nodes.size(), std::size_t(2));
        QCOMPARE(parsed.edges.size(), std::size_t(1));

        DiagramDocument dst(sample());
        const std::string before = json(dst);
        auto ids = dst.paste(fragment, {100, 0});
        QCOMPARE(ids.size(), std::size_t(2));
        for (const auto& id : ids)
            QVERIFY(id != "b" && id != "c" && dst.node(id));
        QCOMPARE(dst.node(ids[0])->position, (DiagramPoint{300, 0}));
        QCOMPARE(dst.diagram().edges.back().from.node, ids[0]);
        // Pasting twice gives two more distinct copies.
        auto again = dst.paste(fragment);
        QVERIFY(again[0] != ids[0]);
        dst.undoStack().undo();
        dst.undoStack().undo();
        QCOMPARE(json(dst), before);
    }

    void copyOfAGroupTakesItsMembers()
    {
        Diagram d = sample();
        d.nodes.push_back(DiagramNode::make("lane", DiagramNodeKind::Group, "Lane"));
        d.node("a")->group = "lane";
        d.node("b")->group = "lane";
        d.node("c")->group = "lane";
        DiagramDocument doc(d);
        Diagram f = DiagramJson::read(doc.copy({"lane"}));
        QCOMPARE(f.nodes.size(), std::size_t(4));
        QCOMPARE(f.edges.size(), std::size_t(3));
        // Copying a member alone drops its group: the lane is not in the fragment.
        Diagram single = DiagramJson::read(doc.copy({"a"}));
        QVERIFY(single.nodes[0].group.empty());
        auto ids = doc.paste(doc.copy({"lane"}));
        QCOMPARE(ids.size(), std::size_t(4));
        const DiagramNode* newLane = nullptr;
        for (const auto& id : ids) {
            if (doc.node(id)->kind == DiagramNodeKind::Group)
                newLane = doc.node(id);
        }
        QVERIFY(newLane);
        for (const auto& id : ids) {
            if (doc.node(id) != newLane)
                QCOMPARE(doc.node(id)->group, newLane->id);
        }
    }

    void autoLayoutIsOneUndoStep()
    {
        DiagramDocument doc(sample());
        const std::string before = json(doc);
        doc.autoLayout();
        QCOMPARE(doc.undoStack().count(), 1);
        QVERIFY(json(doc) != before);
        QVERIFY(doc.node("a")->position.x < doc.node("b")->position.x);
        QVERIFY(doc.node("b")->position.x < doc.node("c")->position.x);
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void replaceRefusesAnotherDiagram()
    {
        DiagramDocument doc(sample());
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.replace(sample()));
        Diagram next = doc.diagram();
        next.nodes.erase(next.nodes.begin() + 1);
        next.edges.clear();
        next.nodes.push_back(DiagramNode::make("z", DiagramNodeKind::Monitoring, "Monitor"));
        const std::string before = json(doc);
        doc.replace(next);
        QCOMPARE(doc.diagram(), next);
        doc.undoStack().undo();
        QCOMPARE(json(doc), before);
    }

    void resetClearsUndoAndTellsViews()
    {
        DiagramDocument doc(sample());
        Recorder rec(doc);
        doc.setNodeTitle("a", "x");
        doc.reset(sample());
        QCOMPARE(doc.undoStack().count(), 0);
        QVERIFY(rec.changes.back().type == DiagramChange::Type::Reset);
        Diagram bad = sample();
        bad.edges[0].to.node = "ghost";
        QVERIFY_THROWS_EXCEPTION(DiagramError, doc.reset(bad));
        QCOMPARE(doc.diagram().edges[0].to.node, std::string("b"));
    }

    // The editor gives the document its rule for how big a node's text needs it to be;
    // here a stand-in: 10 units of width per title character.
    void nodeFitGrowsNodesInTheSameUndoStep()
    {
        DiagramDocument doc(sample());
        int fits = 0;
        auto byTitle = [&](const DiagramNode& n) {
            ++fits;
            return DiagramSize{std::max(n.size.width, 10.0 * double(n.title.size())), n.size.height};
        };
        Recorder rec(doc);
        doc.setNodeFit(byTitle);
        QCOMPARE(doc.node("a")->size.width, 160.0); // "Title a" fits: nothing grew, nothing told
        QVERIFY(rec.changes.empty());

        doc.setNodeTitle("a", std::string(30, 'x'));
        QCOMPARE(doc.node("a")->size, (DiagramSize{300, 60}));
        QCOMPARE(doc.undoStack().count(), 1);
        QVERIFY(rec.changes.back().has(DiagramChange::Size));
        doc.undoStack().undo();
        QCOMPARE(doc.node("a")->size, (DiagramSize{160, 60}));
        QCOMPARE(doc.node("a")->title, std::string("Title a"));

        // A resize below the fit keeps the fit; moves ask nothing.
        doc.setNodeTitle("b", std::string(20, 'y'));
        doc.setNodeGeometry("b", {200, 0, 80, 40});
        QCOMPARE(doc.node("b")->size, (DiagramSize{200, 40}));
        fits = 0;
        doc.translateNodes({"a", "b"}, 20, 0);
        QCOMPARE(fits, 0);

        // reset() fits what it is given; setting the rule fits what is there.
        Diagram wide = sample();
        wide.nodes[0].title = std::string(25, 'z');
        doc.reset(wide);
        QCOMPARE(doc.node("a")->size.width, 250.0);
        DiagramDocument other(wide);
        Recorder told(other);
        other.setNodeFit(byTitle);
        QCOMPARE(other.node("a")->size.width, 250.0);
        QVERIFY(told.changes.size() == 1 && told.changes[0].type == DiagramChange::Type::Reset);
    }

    void listenersCanBeRemoved()
    {
        DiagramDocument doc(sample());
        int calls = 0;
        int handle = doc.addListener([&](const DiagramChange&) { ++calls; });
        doc.setNodeTitle("a", "one");
        doc.removeListener(handle);
        doc.setNodeTitle("a", "two");
        QCOMPARE(calls, 1);
    }

    void commandSinkReplacesTheStack()
    {
        // What the Qt editor does with QUndoStack: take the command, redo it once, keep it.
        DiagramDocument doc(sample());
        std::vector<std::unique_ptr<UndoCommand>> external;
        doc.setCommandSink([&](std::unique_ptr<UndoCommand> cmd) {
            cmd->redo();
            if (!external.empty() && external.back()->id() != -1 && external.back()->id() == cmd->id()
                && external.back()->mergeWith(*cmd))
                return;
            external.push_back(std::move(cmd));
        });
        const std::string before = json(doc);
        doc.setNodeTitle("a", "via sink");
        doc.moveNodes({{"b", {1, 1}}});
        doc.moveNodes({{"b", {2, 2}}}, true);
        QCOMPARE(doc.undoStack().count(), 0);
        QCOMPARE(external.size(), std::size_t(2));
        auto* move = dynamic_cast<DiagramCommand*>(external.back().get());
        QVERIFY(move);
        QVERIFY(move->edit() == DiagramEdit::Move);
        QCOMPARE(move->text(), std::string("Move 1 node"));
        external[1]->undo();
        external[0]->undo();
        QCOMPARE(json(doc), before);
    }

    void randomEditsUndoAndRedoExactly()
    {
        std::mt19937 rng(12345);
        DiagramDocument doc(sample());
        std::vector<std::string> states{json(doc)};
        for (int i = 0; i < 300; ++i) {
            const auto& d = doc.diagram();
            auto pick = [&]() { return d.nodes[rng() % d.nodes.size()].id; };
            int before = doc.undoStack().index();
            switch (rng() % 8) {
            case 0: doc.addNode(DiagramNode::make("", DiagramNodeKind::Step, "s" + std::to_string(i))); break;
            case 1:
                if (d.nodes.size() > 3)
                    doc.remove({pick()});
                break;
            case 2: {
                std::string a = pick(), b = pick();
                if (doc.node(a)->output("out") && doc.node(b)->input("in"))
                    doc.addEdge({"", {a, "out"}, {b, "in"}, "l" + std::to_string(i), {}});
                break;
            }
            case 3: doc.moveNodes({{pick(), {double(rng() % 500), double(rng() % 500)}}}); break;
            case 4: doc.setNodeTitle(pick(), "t" + std::to_string(i)); break;
            case 5: doc.duplicate({pick(), pick()}); break;
            case 6: doc.align({pick(), pick(), pick()}, DiagramAlignment::Left); break;
            case 7:
                if (!d.edges.empty())
                    doc.remove({}, {d.edges[rng() % d.edges.size()].id});
                break;
            }
            if (doc.undoStack().index() != before)
                states.push_back(json(doc));
        }
        QVERIFY(states.size() > 150);
        for (int i = static_cast<int>(states.size()) - 1; i > 0; --i) {
            QCOMPARE(json(doc), states[i]);
            doc.undoStack().undo();
        }
        QCOMPARE(json(doc), states[0]);
        for (std::size_t i = 1; i < states.size(); ++i) {
            doc.undoStack().redo();
            QCOMPARE(json(doc), states[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagramModel)
#include "tst_diagram_model.moc"
