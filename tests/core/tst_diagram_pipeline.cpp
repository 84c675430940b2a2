// Pipelines described from code: the runlens.pipeline tag, and the diagram Runlens
// creates from it and updates when it changes, keeping what the user arranged.

#include "TempStore.h"
#include "TestPrinters.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramStore.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/diagram/PipelineDiagram.h"
#include "runlens/store/Store.h"
#include "runlens/model/StoreError.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include <QTest>

using namespace runlens;

namespace {

std::vector<PipelineStep> firstVersion()
{
    return {
        {"ingest", "data-source", {}, "Ingest raw data"},
        {"validate", "", {"ingest"}, ""},
        {"features", "feature-engineering", {"validate"}, ""},
        {"train", "training", {"features"}, ""},
        {"evaluate", "", {"train", "features"}, ""},
    };
}

void expectParseError(const std::string& json, const std::string& where, const std::string& words)
{
    try {
        PipelineDescription::parse(json);
    } catch (const DiagramError& e) {
        QVERIFY2(e.where() == where, e.what());
        QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
        return;
    }
    QFAIL(("accepted: " + json).c_str());
}

} // namespace

class TestDiagramPipeline : public QObject {
    Q_OBJECT

private slots:
    void tagRoundTrip()
    {
        auto steps = firstVersion();
        std::string json = PipelineDescription::toJson(steps);
        auto j = nlohmann::json::parse(json);
        QCOMPARE(j["steps"][3]["name"].get<std::string>(), std::string("train"));
        QCOMPARE(j["steps"][3]["kind"].get<std::string>(), std::string("training"));
        QCOMPARE(j["steps"][3]["after"][0].get<std::string>(), std::string("features"));
        QVERIFY(!j["steps"][1].contains("kind")); // "" = guessed: not written
        // Byte for byte what the Python client writes (tests/python/test_pipeline_description.py).
        QCOMPARE(json, std::string(
            R"({"steps":[{"name":"ingest","kind":"data-source","after":[],"title":"Ingest raw data"},)"
            R"({"name":"validate","after":["ingest"]},)"
            R"({"name":"features","kind":"feature-engineering","after":["validate"]},)"
            R"({"name":"train","kind":"training","after":["features"]},)"
            R"({"name":"evaluate","after":["train","features"]}]})"));
        QCOMPARE(PipelineDescription::toJson({{"träin", "", {}, "Träining 🚀\nGPU"}}),
                 std::string(R"({"steps":[{"name":"träin","after":[],"title":"Träining 🚀\nGPU"}]})"));
        QVERIFY(PipelineDescription::parse(json) == steps);
        // What other clients may write: minimal steps, unknown keys.
        auto parsed = PipelineDescription::parse(
            R"({"version": 7, "steps": [{"name": "a"}, {"name": "b", "after": ["a"], "retries": 3}]})");
        QCOMPARE(parsed.size(), std::size_t(2));
        QCOMPARE(parsed[1].after, std::vector<std::string>{"a"});
    }

    void badDescriptionsAreRefused()
    {
        using S = std::vector<PipelineStep>;
        for (const S& bad : {S{}, S{{"a", "", {}, ""}, {"a", "", {}, ""}}, S{{"a", "robot", {}, ""}},
                             S{{"a", "", {"b"}, ""}}, S{{"a", "", {"a"}, ""}},
                             S{{"a", "", {"c"}, ""}, {"b", "", {"a"}, ""}, {"c", "", {"b"}, ""}},
                             S{{"", "", {}, ""}}, S{{"bad\nname", "", {}, ""}}})
            QVERIFY_THROWS_EXCEPTION(StoreError, PipelineDescription::toJson(bad));
        expectParseError("not json", "", "not valid JSON");
        expectParseError("[]", "", "expected an object");
        expectParseError("{}", "steps", "required field is missing");
        expectParseError(R"({"steps": {}})", "steps", "expected an array");
        expectParseError(R"({"steps": [{"kind": "training"}]})", "steps[0].name", "required");
        expectParseError(R"({"steps": [{"name": 5}]})", "steps[0].name", "expected a string");
        expectParseError(R"({"steps": [{"name": "a", "after": "b"}]})", "steps[0].after", "expected an array");
        expectParseError(R"({"steps": [{"name": "a", "after": [1]}]})", "steps[0].after[0]", "expected a step name");
        expectParseError(R"({"steps": [{"name": "a", "after": ["zz"]}]})", "steps[0].after[0]", "no step named \"zz\"");
        expectParseError(R"({"steps": [{"name": "a", "after": ["b"]}, {"name": "b", "after": ["a"]}]})",
                         "steps[0].after", "cycle");
        expectParseError(R"({"steps": [{"name": "a", "kind": "robot"}]})", "steps[0].kind", "unknown kind");
        expectParseError(std::string(10000, '['), "line 1, column 33", "nested deeper");
    }

    void describePipelineSetsTheTag()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        Run run = store.startRun({.name = "nightly", .captureEnvironment = false});
        describePipeline(run, firstVersion());
        QCOMPARE(store.run(run.id()).tags.at(PipelineDescription::kTag), PipelineDescription::toJson(firstVersion()));
        // Bad steps: an error, and the tag stays as it was.
        QVERIFY_THROWS_EXCEPTION(StoreError, describePipeline(run, {{"x", "", {"missing"}, ""}}));
        QCOMPARE(store.run(run.id()).tags.at(PipelineDescription::kTag), PipelineDescription::toJson(firstVersion()));
        run.finish();
    }

    void createBindsEveryStep()
    {
        Diagram d = PipelineDiagram::create("nightly pipeline", firstVersion(), "0123456789abcdef0123456789abcdef");
        QCOMPARE(d.nodes.size(), std::size_t(5));
        QCOMPARE(d.edges.size(), std::size_t(5));
        QCOMPARE(d.sourceRun, std::string("0123456789abcdef0123456789abcdef"));
        const DiagramNode* train = d.node("step:train");
        QVERIFY(train);
        QVERIFY(train->binding == DiagramBinding::step("train"));
        QVERIFY(train->kind == DiagramNodeKind::Training);
        QVERIFY(d.node("step:validate")->kind == DiagramNodeKind::Validation); // guessed from the name
        QVERIFY(d.node("step:evaluate")->kind == DiagramNodeKind::Evaluation);
        QCOMPARE(d.node("step:ingest")->title, std::string("Ingest raw data"));
        QCOMPARE(d.node("step:train")->title, std::string("train"));
        for (const auto& e : d.edges) {
            QVERIFY(d.node(e.from.node)->position.x < d.node(e.to.node)->position.x);
            QVERIFY(e.id.rfind("dep:", 0) == 0);
        }
    }

    void syncCreatesThenUpdatesKeepingUserEdits()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        Run parent = store.startRun({.name = "nightly", .captureEnvironment = false});
        describePipeline(parent, firstVersion());
        const std::string uuid = PipelineDiagram::syncFromRun(store, parent.id());
        DiagramStore diagrams(store);
        QCOMPARE(diagrams.findBySourceRun(parent.id())->uuid, uuid);
        QCOMPARE(diagrams.info(uuid)->name, std::string("nightly pipeline"));

        // The user arranges the diagram in the editor and saves it.
        DiagramDocument doc(diagrams.load(uuid));
        doc.moveNodes({{"step:train", {1000, 500}}, {"step:ingest", {-300, -200}}});
        doc.setNodeTitle("step:features", "Features (Spark)");
        doc.setNodeMetric("step:train", "val/loss");
        std::string note = doc.addNode(DiagramNode::make("", DiagramNodeKind::Note, "ask Ana about drift"));
        std::string userEdge = doc.addEdge({"", {"step:ingest", "out"}, {"step:train", "in"}, "raw sample", {}});
        diagrams.save(doc.diagram());
        const double savedAt = diagrams.info(uuid)->updatedAt;

        // Syncing an unchanged tag rewrites nothing.
        QCOMPARE(PipelineDiagram::syncFromRun(store, parent.id()), uuid);
        QCOMPARE(diagrams.info(uuid)->updatedAt, savedAt);

        // The code changes: validate is gone, deploy is new, evaluate no longer
        // depends on features.
        describePipeline(parent, {
            {"ingest", "data-source", {}, "Ingest raw data"},
            {"features", "feature-engineering", {"ingest"}, ""},
            {"train", "training", {"features"}, ""},
            {"evaluate", "evaluation", {"train"}, ""},
            {"deploy", "deployment", {"evaluate"}, ""},
        });
        QCOMPARE(PipelineDiagram::syncFromRun(store, parent.id()), uuid);
        Diagram d = diagrams.load(uuid);
        QCOMPARE(d.node("step:train")->position, (DiagramPoint{1000, 500}));
        QCOMPARE(d.node("step:ingest")->position, (DiagramPoint{-300, -200}));
        QCOMPARE(d.node("step:features")->title, std::string("Features (Spark)"));
        QCOMPARE(d.node("step:train")->metric, std::string("val/loss"));
        QVERIFY(d.node(note));
        QVERIFY(d.edge(userEdge)); // the user's own edge between two steps stays
        QVERIFY(!d.node("step:validate"));
        const DiagramNode* deploy = d.node("step:deploy");
        QVERIFY(deploy);
        QVERIFY(deploy->binding == DiagramBinding::step("deploy"));
        QVERIFY(deploy->position.x > d.node("step:evaluate")->position.x);
        for (const auto& n : d.nodes) {
            if (n.id != deploy->id)
                QVERIFY2(!n.rect().intersects(deploy->rect()), n.id.c_str());
        }
        auto hasEdge = [&](const char* a, const char* b) {
            for (const auto& e : d.edges) {
                if (e.from.node == a && e.to.node == b)
                    return true;
            }
            return false;
        };
        QVERIFY(hasEdge("step:ingest", "step:features"));
        QVERIFY(hasEdge("step:evaluate", "step:deploy"));
        QVERIFY(!hasEdge("step:features", "step:evaluate"));
        QCOMPARE(d.edges.size(), std::size_t(5)); // 4 dependencies + the user's edge
        QCOMPARE(diagrams.list().size(), std::size_t(1));
        parent.finish();
    }

    void updateInTheEditorIsUndoable()
    {
        Diagram d = PipelineDiagram::create("p", firstVersion());
        DiagramDocument doc(d);
        const std::string before = DiagramJson::write(doc.diagram());
        auto steps = firstVersion();
        steps.push_back({"deploy", "", {"evaluate"}, ""});
        doc.replace(PipelineDiagram::update(doc.diagram(), steps));
        QVERIFY(doc.node("step:deploy"));
        doc.undoStack().undo();
        QCOMPARE(DiagramJson::write(doc.diagram()), before);
    }

    // The editor and the report both take a parent run's steps from here: without a
    // description, its child runs in start order, and runs started within the clock's
    // resolution in the order they were made (their local id), whatever order they
    // were listed in.
    void stepsOfChildrenInStartOrder()
    {
        RunRecord parent;
        parent.uuid = "p";
        auto child = [](std::int64_t id, const std::string& name, double start, const std::string& parentUuid) {
            RunRecord r;
            r.id = id;
            r.uuid = "c" + std::to_string(id);
            r.name = name;
            r.startTime = start;
            r.parentUuid = parentUuid;
            return r;
        };
        std::vector<RunRecord> runs = {child(4, "train", 10.0, "p"), child(3, "features", 10.0, "p"),
                                       child(2, "other", 1.0, "q"), child(1, "ingest", 5.0, "p"),
                                       child(5, "train", 11.0, "p"), child(6, "", 12.0, "p")};
        bool described = true;
        auto steps = PipelineDiagram::stepsOf(parent, runs, &described);
        QVERIFY(!described);
        QCOMPARE(steps.size(), std::size_t(3));
        QCOMPARE(steps[0].name, std::string("ingest"));
        QCOMPARE(steps[1].name, std::string("features")); // id 3 before id 4 at the same time
        QCOMPARE(steps[2].name, std::string("train"));
        QVERIFY(steps[0].after.empty());
        QCOMPARE(steps[2].after, std::vector<std::string>{"features"});
        std::reverse(runs.begin(), runs.end());
        auto again = PipelineDiagram::stepsOf(parent, runs);
        QCOMPARE(again.size(), steps.size());
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(again[i].name, steps[i].name);

        parent.tags[PipelineDescription::kTag] = PipelineDescription::toJson(firstVersion());
        auto tagged = PipelineDiagram::stepsOf(parent, runs, &described);
        QVERIFY(described);
        QCOMPARE(tagged.size(), firstVersion().size());
    }

    void syncErrors()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        Run plain = store.startRun({.name = "plain", .captureEnvironment = false});
        try {
            PipelineDiagram::syncFromRun(store, plain.id());
            QFAIL("synced a run without a tag");
        } catch (const StoreError& e) {
            QVERIFY(e.kind() == StoreError::Kind::NotFound);
        }
        plain.setTag(PipelineDescription::kTag, R"({"steps": [{"name": "a", "after": ["nope"]}]})");
        try {
            PipelineDiagram::syncFromRun(store, plain.id());
            QFAIL("synced a bad tag");
        } catch (const DiagramError& e) {
            QVERIFY2(std::string(e.what()).find("runlens.pipeline tag of run 'plain'") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("steps[0].after[0]") != std::string::npos, e.what());
        }
        QVERIFY(DiagramStore(store).list().empty());
        QVERIFY_THROWS_EXCEPTION(StoreError, PipelineDiagram::syncFromRun(store, "ffffffffffffffffffffffffffffffff"));
        plain.finish();
    }
};

QTEST_GUILESS_MAIN(TestDiagramPipeline)
#include "tst_diagram_pipeline.moc"
