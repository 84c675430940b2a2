// The diagram file format: round trips are byte-identical, and every kind of malformed
// input is refused with a message that names where the problem is.

#include "TestPrinters.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramFile.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramLimits.h"

#include <nlohmann/json.hpp>

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

void expectJsonError(const ordered_json& j, const std::string& where, const std::string& words)
{
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
        auto j = richJson();
        j["nodes"][3]["position"]["x"] = "12";
        expectJsonError(j, "nodes[3].position.x", "expected a number, got a string");
        j = richJson();
        j["uuid"] = 42;
        expectJsonError(j, "uuid", "expected a string, got a number");
        j = richJson();
        j["nodes"] = ordered_json::object();
        expectJsonError(j, "nodes", "expected an array, got an object");
        j = richJson();
        j["edges"][1]["from"] = "train";
        expectJsonError(j, "edges[1].from", "expected an object, got a string");
        j = richJson();
        j["nodes"][2]["inputs"][1]["id"] = nullptr;
        expectJsonError(j, "nodes[2].inputs[1].id", "expected a string, got null");
        j = richJson();
        j["version"] = "1";
        expectJsonError(j, "version", "expected an integer");
        j = richJson();
        j["nodes"][0]["size"]["width"] = true;
        expectJsonError(j, "nodes[0].size.width", "expected a number, got a boolean");
    }

    void missingAndUnknownFields()
    {
        auto j = richJson();
        j.erase("format");
        expectJsonError(j, "format", "required field is missing");
        j = richJson();
        j["nodes"][1].erase("position");
        expectJsonError(j, "nodes[1].position", "required field is missing");
        j = richJson();
        j["nodes"][1]["position"].erase("y");
        expectJsonError(j, "nodes[1].position.y", "required field is missing");
        j = richJson();
        j["edges"][0]["to"].erase("port");
        expectJsonError(j, "edges[0].to.port", "required field is missing");
        j = richJson();
        j["nodes"][1]["postion"] = {{"x", 1}};
        expectJsonError(j, "nodes[1]", "unknown field \"postion\"");
    }

    void formatAndVersion()
    {
        auto j = richJson();
        j["format"] = "drawio";
        expectJsonError(j, "format", "not a Runlens diagram");
        j = richJson();
        j["version"] = 2;
        expectJsonError(j, "version", "newer Runlens");
        j = richJson();
        j["version"] = 0;
        expectJsonError(j, "version", "1 or more");
    }

    void badValues()
    {
        auto j = richJson();
        j["uuid"] = "not-a-uuid";
        expectJsonError(j, "uuid", "32 lower-case hex digits");
        j = richJson();
        j["name"] = "";
        expectJsonError(j, "name", "needs a name");
        j = richJson();
        j["nodes"][2]["kind"] = "robot";
        expectJsonError(j, "nodes[2].kind", "unknown kind \"robot\"");
        j = richJson();
        j["edges"][0]["routing"] = "zigzag";
        expectJsonError(j, "edges[0].routing", "orthogonal");
        j = richJson();
        j["nodes"][1]["binding"]["type"] = "model";
        expectJsonError(j, "nodes[1].binding.type", "expected \"none\"");
        j = richJson();
        j["nodes"][3]["binding"]["value"] = "abc";
        expectJsonError(j, "nodes[3].binding.value", "run uuid");
        j = richJson();
        j["nodes"][4]["binding"]["value"] = "something";
        expectJsonError(j, "nodes[4].binding.value", "must be empty");
        j = richJson();
        j["nodes"][1]["id"] = "a\u0001b";
        expectJsonError(j, "nodes[1].id", "control characters");
        j = richJson();
        j["nodes"][1]["id"] = std::string(DiagramLimits::kMaxIdBytes + 1, 'x');
        expectJsonError(j, "nodes[1].id", "the limit is 300");
        j = richJson();
        j["nodes"][0]["size"]["height"] = -5;
        expectJsonError(j, "nodes[0].size.height", "above 0");
    }

    void hugeAndNonFiniteNumbers()
    {
        auto j = richJson();
        j["nodes"][1]["position"]["x"] = 1e300;
        expectJsonError(j, "nodes[1].position.x", "out of range");
        j = richJson();
        j["nodes"][1]["size"]["width"] = 1e7;
        expectJsonError(j, "nodes[1].size.width", "at most 1e6");
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
        auto j = richJson();
        j["edges"][1]["to"]["node"] = "deploy";
        expectJsonError(j, "edges[1].to.node", "no node with id \"deploy\"");
        j = richJson();
        j["edges"][0]["from"]["port"] = "missing";
        expectJsonError(j, "edges[0].from.port", "no output port \"missing\"");
        j = richJson();
        j["edges"][0]["to"]["port"] = "out";
        expectJsonError(j, "edges[0].to.port", "no input port \"out\"");
        j = richJson();
        j["nodes"][2]["id"] = "ingest";
        expectJsonError(j, "nodes[2].id", "duplicate node id \"ingest\"");
        j = richJson();
        j["edges"][1]["id"] = "e1";
        expectJsonError(j, "edges[1].id", "duplicate edge id");
        j = richJson();
        j["nodes"][2]["inputs"][1]["id"] = "data";
        expectJsonError(j, "nodes[2].inputs[1].id", "duplicate port id");
        j = richJson();
        j["nodes"][2]["group"] = "ingest";
        expectJsonError(j, "nodes[2].group", "is not a group");
        j = richJson();
        j["nodes"][2]["group"] = "nowhere";
        expectJsonError(j, "nodes[2].group", "no node with id");
        j = richJson();
        j["nodes"][0]["group"] = "lane";
        expectJsonError(j, "nodes[0].group", "cannot contain itself");
        j = richJson();
        j["nodes"][0]["group"] = "g2"; // lane -> g2 -> lane
        j["nodes"].push_back(j["nodes"][0]);
        j["nodes"].back()["id"] = "g2";
        j["nodes"].back()["group"] = "lane";
        expectJsonError(j, "nodes[0].group", "cannot contain itself");
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
        auto j = richJson();
        j["edges"][0]["label"] = std::string(10u << 20, 'x');
        expectJsonError(j, "edges[0].label", "text of 10485760 bytes; the limit is 65536");
        j = richJson();
        j["nodes"][2]["title"] = std::string(DiagramLimits::kMaxTextBytes + 1, 'y');
        expectJsonError(j, "nodes[2].title", "the limit is 65536");
        j = richJson();
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
