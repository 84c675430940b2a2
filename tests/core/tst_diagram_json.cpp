// The diagram file format: round trips are byte-identical, and every kind of malformed
// input is refused with a message that names where the problem is.

#include "TestPrinters.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramFile.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramLimits.h"

#include <nlohmann/json.hpp>

#include <functional>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace runlens;
using nlohmann::ordered_json;

namespace {

Diagram rich()
{
    Diagram d = Diagram::make("Früh-Pipeline ✓");
    d.sourceRun = "0123456789abcdef0123456789abcdef";
    DiagramNode lane = DiagramNode::make("lane", DiagramNodeKind::Group, "Training lane");
    lane.position = {-100.5, -40.25};
    lane.size = {900, 300};
    DiagramNode a = DiagramNode::make("ingest", DiagramNodeKind::DataSource, "Ingest\n\"raw\" data");
    a.position = {0.1, 1e-7};
    a.binding = DiagramBinding::experiment("digits");
    DiagramNode b = DiagramNode::make("train", DiagramNodeKind::Training, "Train 🚀");
    b.position = {250, 12345.678};
    b.size = {180.5, 70};
    b.binding = DiagramBinding::step("train");
    b.metric = "val/loss";
    b.group = "lane";
    b.inputs = {{"data", "features"}, {"cfg", "config"}};
    DiagramNode c = DiagramNode::make("eval", DiagramNodeKind::Evaluation, "");
    c.binding = DiagramBinding::run("fedcba9876543210fedcba9876543210");
    c.group = "lane";
    DiagramNode note = DiagramNode::make("note", DiagramNodeKind::Note, "Remember: <b>not HTML</b> & more");
    d.nodes = {lane, a, b, c, note};
    d.edges.push_back({"e1", {"ingest", "out"}, {"train", "data"}, "parquet", DiagramEdge::Routing::Curved});
    d.edges.push_back({"e2", {"train", "out"}, {"eval", "in"}, "", DiagramEdge::Routing::Orthogonal});
    return d;
}

ordered_json richJson() { return ordered_json::parse(DiagramJson::write(rich())); }

// Reading `text` must fail with where() == expectedWhere and a message containing `words`.
void expectError(const std::string& text, const std::string& expectedWhere, const std::string& words)
{
    try {
        DiagramJson::read(text);
    } catch (const DiagramError& e) {
        QCOMPARE(e.where(), expectedWhere);
        if (std::string(e.what()).find(words) == std::string::npos)
            QFAIL(("message lacks '" + words + "': " + e.what()).c_str());
        return;
    }
    QFAIL(("accepted: expected an error at " + expectedWhere).c_str());
}

// The rich diagram with one change made to its JSON must fail as expectError says.
void expectAfter(const std::function<void(ordered_json&)>& change, const std::string& where,
                 const std::string& words)
{
    ordered_json j = richJson();
    change(j);
    expectError(j.dump(), where, words);
}

} // namespace

class TestDiagramJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripIsIdentical()
    {
        const Diagram d = rich();
        const std::string first = DiagramJson::write(d);
        const Diagram back = DiagramJson::read(first);
        QVERIFY(back == d);
        QCOMPARE(DiagramJson::write(back), first);
        QVERIFY(DiagramJson::looksLike(first));
        auto j = ordered_json::parse(first);
        QCOMPARE(j["format"].get<std::string>(), std::string("runlens-diagram"));
        QCOMPARE(j["version"].get<int>(), 1);
        QCOMPARE(j.begin().key(), std::string("format")); // keys in a fixed order
    }

    void shortHandWrittenFileLoads()
    {
        const char* text = R"({"format": "runlens-diagram", "version": 1,
            "uuid": "0123456789abcdef0123456789abcdef", "name": "tiny",
            "nodes": [{"id": "a", "kind": "training", "title": "Train",
                       "position": {"x": 1, "y": 2}, "size": {"width": 100, "height": 50}},
                      {"id": "b", "kind": "note", "title": "hi",
                       "position": {"x": 1, "y": 2}, "size": {"width": 100, "height": 50}}],
            "edges": []})";
        Diagram d = DiagramJson::read(text);
        QCOMPARE(d.nodes.size(), std::size_t(2));
        QCOMPARE(d.nodes[0].inputs.size(), std::size_t(1)); // the kind's default ports
        QVERIFY(d.nodes[1].inputs.empty());
        QVERIFY(d.nodes[0].binding.type == DiagramBinding::Type::None);
        QVERIFY(d.sourceRun.empty());
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        expectError("", "line 1, column 1", "not valid JSON");
        expectError("{\n  \"format\": \"runlens-diagram\",\n  \"version\": 1 oops\n}", "line 3, column 16",
                    "not valid JSON");
        expectError("{\"format\": \"runlens-diagram\"", "line 1, column 29", "not valid JSON");
        expectError(std::string("{\"name\": \"bad \xff byte\"}"), "line 1, column 15", "not valid JSON");
    }

    void wrongTypesNameThePath()
    {
        expectError("[1, 2]", "(top level)", "expected an object, got an array");
        expectAfter([](ordered_json& j) { j["nodes"][3]["position"]["x"] = "12"; },
                    "nodes[3].position.x", "expected a number, got a string");
        expectAfter([](ordered_json& j) { j["uuid"] = 42; }, "uuid", "expected a string, got a number");
        expectAfter([](ordered_json& j) { j["nodes"] = ordered_json::object(); },
                    "nodes", "expected an array, got an object");
        expectAfter([](ordered_json& j) { j["edges"][1]["from"] = "train"; },
                    "edges[1].from", "expected an object, got a string");
        expectAfter([](ordered_json& j) { j["nodes"][2]["inputs"][1]["id"] = nullptr; },
                    "nodes[2].inputs[1].id", "expected a string, got null");
        expectAfter([](ordered_json& j) { j["version"] = "1"; }, "version", "expected an integer");
        expectAfter([](ordered_json& j) { j["nodes"][0]["size"]["width"] = true; },
                    "nodes[0].size.width", "expected a number, got a boolean");
    }

    void missingAndUnknownFields()
    {
        expectAfter([](ordered_json& j) { j.erase("format"); }, "format", "required field is missing");
        expectAfter([](ordered_json& j) { j["nodes"][1].erase("position"); },
                    "nodes[1].position", "required field is missing");
        expectAfter([](ordered_json& j) { j["nodes"][1]["position"].erase("y"); },
                    "nodes[1].position.y", "required field is missing");
        expectAfter([](ordered_json& j) { j["edges"][0]["to"].erase("port"); },
                    "edges[0].to.port", "required field is missing");
        expectAfter([](ordered_json& j) { j["nodes"][1]["postion"] = {{"x", 1}}; },
                    "nodes[1]", "unknown field \"postion\"");
    }

    void formatAndVersion()
    {
        expectAfter([](ordered_json& j) { j["format"] = "drawio"; }, "format", "not a Runlens diagram");
        expectAfter([](ordered_json& j) { j["version"] = 2; }, "version", "newer Runlens");
        expectAfter([](ordered_json& j) { j["version"] = 0; }, "version", "1 or more");
    }

    void badValues()
    {
        expectAfter([](ordered_json& j) { j["uuid"] = "not-a-uuid"; }, "uuid", "32 lower-case hex digits");
        expectAfter([](ordered_json& j) { j["name"] = ""; }, "name", "needs a name");
        expectAfter([](ordered_json& j) { j["nodes"][2]["kind"] = "robot"; },
                    "nodes[2].kind", "unknown kind \"robot\"");
        expectAfter([](ordered_json& j) { j["edges"][0]["routing"] = "zigzag"; },
                    "edges[0].routing", "orthogonal");
        expectAfter([](ordered_json& j) { j["nodes"][1]["binding"]["type"] = "model"; },
                    "nodes[1].binding.type", "expected \"none\"");
        expectAfter([](ordered_json& j) { j["nodes"][3]["binding"]["value"] = "abc"; },
                    "nodes[3].binding.value", "run uuid");
        expectAfter([](ordered_json& j) { j["nodes"][4]["binding"]["value"] = "something"; },
                    "nodes[4].binding.value", "must be empty");
        expectAfter([](ordered_json& j) { j["nodes"][1]["id"] = "a\u0001b"; },
                    "nodes[1].id", "control characters");
        expectAfter([](ordered_json& j) { j["nodes"][1]["id"] = std::string(DiagramLimits::kMaxIdBytes + 1, 'x'); },
                    "nodes[1].id", "the limit is 300");
        expectAfter([](ordered_json& j) { j["nodes"][0]["size"]["height"] = -5; },
                    "nodes[0].size.height", "above 0");
    }

    void hugeAndNonFiniteNumbers()
    {
        expectAfter([](ordered_json& j) { j["nodes"][1]["position"]["x"] = 1e300; },
                    "nodes[1].position.x", "out of range");
        expectAfter([](ordered_json& j) { j["nodes"][1]["size"]["width"] = 1e7; },
                    "nodes[1].size.width", "at most 1e6");
        // Written by hand: JSON has no infinity, and 1e400 overflows a double.
        std::string text = DiagramJson::write(rich());
        auto at = text.find("\"x\": 0.1");
        QVERIFY(at != std::string::npos);
        text.replace(at, 8, "\"x\": 1e400");
        try {
            DiagramJson::read(text);
            QFAIL("1e400 accepted");
        } catch (const DiagramError& e) {
            // nlohmann refuses the overflow itself; the message points at the literal.
            QVERIFY2(e.where().rfind("line ", 0) == 0, e.what());
            QVERIFY2(std::string(e.what()).find("1e400") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("json.exception") == std::string::npos, e.what());
        }
        text.replace(text.find("1e400"), 5, "NaN");
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramJson::read(text));
    }

    void referencesMustResolve()
    {
        expectAfter([](ordered_json& j) { j["edges"][1]["to"]["node"] = "deploy"; },
                    "edges[1].to.node", "no node with id \"deploy\"");
        expectAfter([](ordered_json& j) { j["edges"][0]["from"]["port"] = "missing"; },
                    "edges[0].from.port", "no output port \"missing\"");
        expectAfter([](ordered_json& j) { j["edges"][0]["to"]["port"] = "out"; },
                    "edges[0].to.port", "no input port \"out\"");
        expectAfter([](ordered_json& j) { j["nodes"][2]["id"] = "ingest"; },
                    "nodes[2].id", "duplicate node id \"ingest\"");
        expectAfter([](ordered_json& j) { j["edges"][1]["id"] = "e1"; }, "edges[1].id", "duplicate edge id");
        expectAfter([](ordered_json& j) { j["nodes"][2]["inputs"][1]["id"] = "data"; },
                    "nodes[2].inputs[1].id", "duplicate port id");
        expectAfter([](ordered_json& j) { j["nodes"][2]["group"] = "ingest"; },
                    "nodes[2].group", "is not a group");
        expectAfter([](ordered_json& j) { j["nodes"][2]["group"] = "nowhere"; },
                    "nodes[2].group", "no node with id");
        expectAfter([](ordered_json& j) { j["nodes"][0]["group"] = "lane"; },
                    "nodes[0].group", "cannot contain itself");
        expectAfter(
            [](ordered_json& j) {
                j["nodes"][0]["group"] = "g2"; // lane -> g2 -> lane
                j["nodes"].push_back(j["nodes"][0]);
                j["nodes"].back()["id"] = "g2";
                j["nodes"].back()["group"] = "lane";
            },
            "nodes[0].group", "cannot contain itself");
    }

    void deeplyNestedGroupsAreRefused()
    {
        // 50 000 groups each inside the next: refused after 32 levels, not walked to the end.
        Diagram d = Diagram::make("nest");
        for (int i = 0; i < 50000; ++i) {
            d.nodes.push_back(DiagramNode::make("g" + std::to_string(i), DiagramNodeKind::Group, ""));
            if (i > 0)
                d.nodes[i - 1].group = d.nodes[i].id;
        }
        try {
            DiagramJson::write(d);
            QFAIL("accepted");
        } catch (const DiagramError& e) {
            QCOMPARE(e.where(), std::string("nodes[0].group"));
            QVERIFY2(std::string(e.what()).find("nested deeper than 32") != std::string::npos, e.what());
        }
        d.nodes.resize(33);
        d.nodes.back().group.clear();
        QCOMPARE(DiagramJson::read(DiagramJson::write(d)).nodes.size(), std::size_t(33));
    }

    void deepNestingIsRefusedBeforeParsing()
    {
        std::string deep(100000, '[');
        expectError(deep, "line 1, column 33", "nested deeper than 32 levels");
        // Brackets inside strings do not count.
        auto j = richJson();
        j["nodes"][1]["title"] = std::string(500, '[');
        QCOMPARE(DiagramJson::read(j.dump()).nodes[1].title.size(), std::size_t(500));
    }

    void overLongTextIsRefused()
    {
        expectAfter([](ordered_json& j) { j["edges"][0]["label"] = std::string(10u << 20, 'x'); },
                    "edges[0].label", "text of 10485760 bytes; the limit is 65536");
        expectAfter([](ordered_json& j) { j["nodes"][2]["title"] = std::string(DiagramLimits::kMaxTextBytes + 1, 'y'); },
                    "nodes[2].title", "the limit is 65536");
        auto j = richJson();
        j["nodes"][2]["title"] = std::string(DiagramLimits::kMaxTextBytes, 'y');
        QCOMPARE(DiagramJson::read(j.dump()).nodes[2].title.size(), DiagramLimits::kMaxTextBytes);
    }

    void hugeInputIsRefused()
    {
        std::string big(DiagramLimits::kMaxInputBytes + 1, ' ');
        expectError(big, "", "the limit is 64 MiB");
    }

    void writeRefusesWhatReadWouldRefuse()
    {
        Diagram d = rich();
        d.edges[0].to.node = "ghost";
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramJson::write(d));
    }

    void filesAreWrittenAtomically()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/pipeline.runlens.json").toStdString();
        const Diagram original = rich();
        DiagramFile::save(path, original);
        QVERIFY(DiagramFile::load(path) == original);
        ::chmod(path.c_str(), 0640);
        Diagram changed = original;
        changed.name = "second";
        DiagramFile::save(path, changed);
        QCOMPARE(DiagramFile::load(path).name, std::string("second"));
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
        // No temporary files are left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        // A failed save leaves the old file as it was.
        Diagram bad = rich();
        bad.nodes[1].position.x = std::numeric_limits<double>::infinity();
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramFile::save(path, bad));
        QCOMPARE(DiagramFile::load(path).name, std::string("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

        try {
            DiagramFile::save(dir.path().toStdString() + "/no/such/dir/x.json", rich());
            QFAIL("saved into a missing folder");
        } catch (const DiagramError& e) {
            QVERIFY(e.where().find("/no/such/dir/x.json") != std::string::npos);
        }
    }

    void loadingBadFilesNamesThem()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/broken.json").toStdString();
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"runlens-diagram\", \"version\": 1, \"uuid\": 5}");
        f.close();
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramFile::load(path));
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramFile::load(path + ".missing"));
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramFile::load(dir.path().toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestDiagramJson)
#include "tst_diagram_json.moc"
