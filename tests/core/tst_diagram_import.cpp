// Importing diagrams: draw.io files (plain and compressed pages, written here by the
// test) and Mermaid flowcharts; hostile input gets a positioned message.

#include "TestPrinters.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/import/DiagramImporter.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/import/DrawioImporter.h"
#include "runlens/diagram/import/MermaidImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace runlens;

namespace {

const char* kModel = R"XML(<mxGraphModel dx="1000" dy="600" grid="1">
  <root>
    <mxCell id="0"/>
    <mxCell id="1" parent="0"/>
    <mxCell id="lane" value="Training" style="swimlane;html=1;" vertex="1" parent="1">
      <mxGeometry x="300" y="20" width="400" height="200" as="geometry"/>
    </mxCell>
    <mxCell id="src" value="&lt;b&gt;Raw&lt;/b&gt;&amp;nbsp; data&lt;br&gt;(S3 &amp;amp; GCS)" style="shape=cylinder3;html=1;" vertex="1" parent="1">
      <mxGeometry x="40" y="60" width="120" height="80" as="geometry"/>
    </mxCell>
    <mxCell id="train" value="Train model" style="rounded=1;" vertex="1" parent="lane">
      <mxGeometry x="20" y="40" width="120" height="60" as="geometry"/>
    </mxCell>
    <object label="Evaluate" id="eval" owner="me">
      <mxCell style="rounded=1" vertex="1" parent="lane">
        <mxGeometry x="200" y="40" width="120" height="60" as="geometry"/>
      </mxCell>
    </object>
    <mxCell id="note" value="Runs&#xa;nightly" style="text;html=0;" vertex="1" parent="1">
      <mxGeometry x="40" y="300" width="100" height="30" as="geometry"/>
    </mxCell>
    <mxCell id="e1" value="features" style="edgeStyle=orthogonalEdgeStyle;" edge="1" parent="1" source="src" target="train">
      <mxGeometry relative="1" as="geometry"/>
    </mxCell>
    <mxCell id="e2" style="curved=1;" edge="1" parent="1" source="train" target="eval">
      <mxGeometry relative="1" as="geometry"/>
    </mxCell>
    <mxCell id="e2label" value="model.pt" style="edgeLabel;html=1;" vertex="1" connectable="0" parent="e2">
      <mxGeometry x="-0.2" relative="1" as="geometry"><mxPoint as="offset"/></mxGeometry>
    </mxCell>
    <mxCell id="e3" edge="1" parent="1" source="eval" target="note"><mxGeometry relative="1" as="geometry"/></mxCell>
    <mxCell id="loose" edge="1" parent="1" source="eval">
      <mxGeometry relative="1" as="geometry"><mxPoint x="600" y="400" as="targetPoint"/></mxGeometry>
    </mxCell>
    <!-- a comment draw.io never writes, but XML allows -->
  </root>
</mxGraphModel>)XML";

std::string plainFile(const std::string& model = kModel)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mxfile host=\"app.diagrams.net\">\n"
           "  <diagram id=\"p1\" name=\"ML pipeline\">\n" + model + "\n  </diagram>\n</mxfile>\n";
}

// What draw.io does in JavaScript: encodeURIComponent, deflateRaw, btoa.
std::string encodeUriComponent(const std::string& s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || std::strchr("-_.!~*'()", c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string deflateRaw(const std::string& data)
{
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, data.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string base64(const std::string& data)
{
    static const char* abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        unsigned v = (unsigned char)data[i] << 16 | (unsigned char)data[i + 1] << 8 | (unsigned char)data[i + 2];
        out += {abc[v >> 18], abc[(v >> 12) & 63], abc[(v >> 6) & 63], abc[v & 63]};
    }
    if (i + 1 == data.size()) {
        unsigned v = (unsigned char)data[i] << 16;
        out += {abc[v >> 18], abc[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == data.size()) {
        unsigned v = (unsigned char)data[i] << 16 | (unsigned char)data[i + 1] << 8;
        out += {abc[v >> 18], abc[(v >> 12) & 63], abc[(v >> 6) & 63], '='};
    }
    return out;
}

std::string compressedFile(const std::string& pageText)
{
    return "<mxfile host=\"Electron\" compressed=\"true\"><diagram id=\"c1\" name=\"Compressed\">" + pageText +
           "</diagram></mxfile>";
}

std::string compressedPage(const std::string& model) { return base64(deflateRaw(encodeUriComponent(model))); }

void expectDrawioError(const std::string& text, const std::string& where, const std::string& words)
{
    try {
        DrawioImporter::import(text, "x");
    } catch (const DiagramError& e) {
        QVERIFY2(e.where() == where, e.what());
        QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
        return;
    }
    QFAIL(("accepted; expected an error at " + where).c_str());
}

void expectMermaidError(const std::string& text, const std::string& where, const std::string& words)
{
    try {
        MermaidImporter::import(text, "x");
    } catch (const DiagramError& e) {
        QVERIFY2(e.where() == where, e.what());
        QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
        return;
    }
    QFAIL(("accepted; expected an error at " + where).c_str());
}

const DiagramEdge* edgeBetween(const Diagram& d, const std::string& a, const std::string& b)
{
    for (const auto& e : d.edges) {
        if (e.from.node == a && e.to.node == b)
            return &e;
    }
    return nullptr;
}

const char* kMermaid = R"MMD(%% The pipeline, as a team drew it
flowchart LR
    ingest[(Raw data)] --> validate{Schema check}
    validate -->|ok| features([Feature engineering])
    validate -. reject .-> alert((Alert on-call))
    features --> train[Train model] --> eval["Evaluate [holdout]"]
    train & eval --> registry[[Model registry]]
    registry == promote ==> deploy>Deploy to prod]
    subgraph mon [Monitoring]
      drift(Drift detector)
    end
    deploy --- drift; drift --o train
    classDef big fill:#f9f,stroke:#333
    class train big
)MMD";

} // namespace

class TestDiagramImport : public QObject {
    Q_OBJECT

private slots:
    void drawioPlainFile()
    {
        DiagramImportResult r = DrawioImporter::import(plainFile(), "hint");
        const Diagram& d = r.diagram;
        QCOMPARE(r.format, std::string("drawio"));
        QCOMPARE(d.name, std::string("hint")); // the file's name, not its one page's ("ML pipeline")
        QCOMPARE(d.nodes.size(), std::size_t(5));
        QVERIFY(d.node("lane")->kind == DiagramNodeKind::Group);
        QVERIFY(d.node("src")->kind == DiagramNodeKind::DataSource);
        QCOMPARE(d.node("src")->title, std::string("Raw data\n(S3 & GCS)"));
        QVERIFY(d.node("train")->kind == DiagramNodeKind::Training);
        QCOMPARE(d.node("train")->group, std::string("lane"));
        QCOMPARE(d.node("train")->position, (DiagramPoint{320, 60})); // made absolute
        QCOMPARE(d.node("eval")->title, std::string("Evaluate")); // from the <object> wrapper
        QVERIFY(d.node("eval")->kind == DiagramNodeKind::Evaluation);
        QVERIFY(d.node("note")->kind == DiagramNodeKind::Note);
        QCOMPARE(d.node("note")->title, std::string("Runs\nnightly"));
        QCOMPARE(d.node("src")->size, (DiagramSize{120, 80}));
        QCOMPARE(d.edges.size(), std::size_t(3));
        QCOMPARE(edgeBetween(d, "src", "train")->label, std::string("features"));
        QCOMPARE(edgeBetween(d, "train", "eval")->label, std::string("model.pt"));
        QVERIFY(edgeBetween(d, "train", "eval")->routing == DiagramEdge::Routing::Curved);
        QVERIFY(edgeBetween(d, "src", "train")->routing == DiagramEdge::Routing::Orthogonal);
        QVERIFY(d.node("note")->input("in")); // the connector gave the note a port
        QVERIFY(!d.node("e2label")); // an edge label is not a node
        QCOMPARE(r.warnings.size(), std::size_t(1));
        QVERIFY(r.warnings[0].find("without a shape at both ends") != std::string::npos);
        // The result is a valid diagram that survives the file format.
        QVERIFY(DiagramJson::read(DiagramJson::write(d)) == d);
    }

    void drawioCompressedPageEqualsPlain()
    {
        Diagram plain = DrawioImporter::import(plainFile(), "x").diagram;
        std::string text = compressedFile(compressedPage(kModel));
        QVERIFY(text.find("mxCell") == std::string::npos); // really compressed
        QVERIFY(DrawioImporter::looksLike(text));
        Diagram packed = DrawioImporter::import(text, "x").diagram;
        QCOMPARE(packed.name, std::string("x"));
        QVERIFY(packed.nodes == plain.nodes);
        QVERIFY(packed.edges == plain.edges);
        // Some writers skip the URL encoding before compressing.
        Diagram raw = DrawioImporter::import(compressedFile(base64(deflateRaw(kModel))), "x").diagram;
        QVERIFY(raw.nodes == plain.nodes);
        // Line-wrapped base64 is fine.
        std::string wrapped = compressedPage(kModel);
        for (std::size_t i = 76; i < wrapped.size(); i += 77)
            wrapped.insert(i, "\n");
        QVERIFY(DrawioImporter::import(compressedFile(wrapped), "x").diagram.nodes == plain.nodes);
    }

    void drawioBareModelAndPages()
    {
        Diagram bare = DrawioImporter::import(kModel, "bare name").diagram;
        QCOMPARE(bare.name, std::string("bare name"));
        QCOMPARE(bare.nodes.size(), std::size_t(5));
        std::string twoPages = "<mxfile><diagram name=\"one\">" + std::string(kModel) +
                               "</diagram><diagram name=\"two\"><mxGraphModel><root><mxCell id=\"0\"/>"
                               "<mxCell id=\"x\" value=\"Deploy\" vertex=\"1\" parent=\"0\"><mxGeometry width=\"10\" height=\"10\" as=\"geometry\"/></mxCell>"
                               "</root></mxGraphModel></diagram></mxfile>";
        // Several pages: the file's name, then which page.
        auto first = DrawioImporter::import(twoPages, "x");
        QCOMPARE(first.diagram.name, std::string("x — one"));
        QVERIFY(first.warnings.front().find("2 pages") != std::string::npos);
        auto second = DrawioImporter::import(twoPages, "x", 1);
        QCOMPARE(second.diagram.name, std::string("x — two"));
        QCOMPARE(second.diagram.nodes.size(), std::size_t(1));
        // A page without a name is called what draw.io calls it.
        std::string unnamed = twoPages;
        unnamed.replace(unnamed.find(" name=\"two\""), 11, "");
        QCOMPARE(DrawioImporter::import(unnamed, "x", 1).diagram.name, std::string("x — Page 2"));
        QVERIFY(second.diagram.nodes[0].kind == DiagramNodeKind::Deployment);
        QVERIFY_THROWS_EXCEPTION(DiagramError, DrawioImporter::import(twoPages, "x", 2));
    }

    void drawioHostileInput()
    {
        expectDrawioError("<mxfile><diagram name=\"a\">", "line 1, column 27", "not closed");
        expectDrawioError("<mxfile>\n<diagram></mxfile>", "line 2, column 10", "does not match");
        expectDrawioError("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<mxfile/>",
                          "line 2, column 1", "document type");
        expectDrawioError("<mxfile><diagram name=\"&lol;\"/></mxfile>", "line 1, column 24", "unknown entity");
        expectDrawioError("<mxfile a=\"1\" a=\"2\"/>", "line 1, column 15", "appears twice");
        expectDrawioError("<svg/>", "line 1", "expected <mxfile>");
        expectDrawioError("<mxfile/>", "line 1", "no <diagram>");
        std::string deep = "<mxfile>";
        for (int i = 0; i < 100; ++i)
            deep += "<a>";
        expectDrawioError(deep, "line 1, column 198", "nested deeper than 64");
        expectDrawioError(compressedFile("!!!notbase64"), "compressed page", "not valid base64");
        expectDrawioError(compressedFile(base64("this is not deflate data at all")), "compressed page", "corrupt");
        std::string truncated = deflateRaw(encodeUriComponent(kModel));
        truncated.resize(truncated.size() / 2);
        expectDrawioError(compressedFile(base64(truncated)), "compressed page", "truncated");
        // A small page that inflates beyond the limit is stopped, not materialised.
        std::string bomb = deflateRaw(std::string(80u << 20, ' '));
        QVERIFY(bomb.size() < (1u << 20));
        expectDrawioError(compressedFile(base64(bomb)), "compressed page", "more than 64 MiB");

        auto withCell = [](const std::string& cell) {
            return plainFile("<mxGraphModel><root><mxCell id=\"0\"/>\n" + cell + "</root></mxGraphModel>");
        };
        expectDrawioError(withCell("<mxCell id=\"a\" vertex=\"1\"><mxGeometry x=\"1e400\"/></mxCell>"), "line 5",
                          "not a usable number");
        expectDrawioError(withCell("<mxCell id=\"a\" vertex=\"1\"><mxGeometry y=\"abc\"/></mxCell>"), "line 5",
                          "mxGeometry y=\"abc\"");
        expectDrawioError(withCell("<mxCell id=\"a\" vertex=\"1\"/>\n<mxCell id=\"a\" vertex=\"1\"/>"), "line 6",
                          "appears twice");
        expectDrawioError(withCell("<mxCell vertex=\"1\"/>"), "line 5", "without an id");
        expectDrawioError(withCell("<mxCell id=\"a\" vertex=\"1\" value=\"" + std::string(10u << 20, 'x') + "\"/>"),
                          "line 5", "the limit is 65536");
        expectDrawioError(std::string("<mxfile name=\"\xff\"/>"), "", "not valid UTF-8");
    }

    // Refusing a bad file must be quick too: 50 000 chained parents took 88 s (each
    // shape walked its whole chain) and 200 001 connectors 106 s (each scanned every
    // cell for its labels) before the limit was even checked.
    void drawioHugeFilesAreRefusedEarly()
    {
        std::string chain = "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"c0\" vertex=\"1\" parent=\"0\"/>\n";
        for (int i = 1; i < 50000; ++i)
            chain += "<mxCell id=\"c" + std::to_string(i) + "\" vertex=\"1\" parent=\"c" + std::to_string(i - 1) +
                     "\"/>\n";
        chain += "</root></mxGraphModel>";
        expectDrawioError(chain, "line 34", "nested deeper than 32 levels");

        std::string wide = "<mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"a\" vertex=\"1\" parent=\"0\"/>";
        for (int i = 0; i <= 200000; ++i)
            wide += "<mxCell id=\"e" + std::to_string(i) + "\" edge=\"1\" source=\"a\" target=\"a\" parent=\"0\"/>";
        wide += "</root></mxGraphModel>";
        expectDrawioError(wide, "", "200001 connectors; the limit is 200000");
    }

    void mermaidFlowchart()
    {
        DiagramImportResult r = MermaidImporter::import(kMermaid, "team pipeline");
        const Diagram& d = r.diagram;
        QCOMPARE(r.format, std::string("mermaid"));
        QCOMPARE(d.name, std::string("team pipeline"));
        QCOMPARE(d.nodes.size(), std::size_t(10));
        for (const char* id : {"ingest", "validate", "features", "alert", "train", "eval", "registry", "deploy", "mon", "drift"})
            QVERIFY2(d.node(id), id);
        auto kind = [&](const char* id) { return d.node(id)->kind; };
        QVERIFY(kind("ingest") == DiagramNodeKind::DataSource);
        QCOMPARE(d.node("ingest")->title, std::string("Raw data"));
        QVERIFY(kind("validate") == DiagramNodeKind::Validation);
        QVERIFY(kind("features") == DiagramNodeKind::FeatureEngineering);
        QVERIFY(kind("alert") == DiagramNodeKind::Monitoring);
        QVERIFY(kind("train") == DiagramNodeKind::Training);
        QVERIFY(kind("eval") == DiagramNodeKind::Evaluation);
        QCOMPARE(d.node("eval")->title, std::string("Evaluate [holdout]"));
        QVERIFY(kind("registry") == DiagramNodeKind::ModelRegistry);
        QVERIFY(kind("deploy") == DiagramNodeKind::Deployment);
        QCOMPARE(d.node("deploy")->title, std::string("Deploy to prod"));
        QVERIFY(kind("mon") == DiagramNodeKind::Group);
        QCOMPARE(d.node("mon")->title, std::string("Monitoring"));
        QCOMPARE(d.node("drift")->group, std::string("mon"));
        QVERIFY(d.node("train")->group.empty());

        QCOMPARE(d.edges.size(), std::size_t(10));
        QCOMPARE(edgeBetween(d, "validate", "features")->label, std::string("ok"));
        QCOMPARE(edgeBetween(d, "validate", "alert")->label, std::string("reject"));
        QCOMPARE(edgeBetween(d, "registry", "deploy")->label, std::string("promote"));
        for (auto [a, b] : {std::pair{"ingest", "validate"}, {"features", "train"}, {"train", "eval"},
                            {"train", "registry"}, {"eval", "registry"}, {"deploy", "drift"}, {"drift", "train"}})
            QVERIFY2(edgeBetween(d, a, b), (std::string(a) + " -> " + b).c_str());
        QCOMPARE(r.warnings.size(), std::size_t(1)); // classDef/class skipped
        // LR: laid out left to right.
        QVERIFY(d.node("ingest")->position.x < d.node("validate")->position.x);
        QVERIFY(d.node("train")->position.x < d.node("registry")->position.x);
        QVERIFY(d.node("mon")->size.width > d.node("drift")->size.width); // sized around its member
    }

    void mermaidDirectionsAndForms()
    {
        auto td = MermaidImporter::import("graph TD\n  A --> B\n  B --> C", "x").diagram;
        QVERIFY(td.node("A")->position.y < td.node("B")->position.y);
        QCOMPARE(td.node("A")->position.x, td.node("B")->position.x);
        auto bt = MermaidImporter::import("graph BT\n  A --> B", "x").diagram;
        QVERIFY(bt.node("A")->position.y > bt.node("B")->position.y);
        auto rl = MermaidImporter::import("flowchart RL\n  A --> B", "x").diagram;
        QVERIFY(rl.node("A")->position.x > rl.node("B")->position.x);

        auto forms = MermaidImporter::import(
            "flowchart LR\n"
            "  a --- b\n  c ==> d\n  e -.- f\n  g --> h\n  i -- text --> j\n  k <--> l\n  m ---> n\n"
            "  o --x p\n  q((circle)) --> r{{hex}} --> s[/para/] --> t[\\alt\\]\n"
            "  u[\"quoted ] bracket\"] --> v[line<br/>break]\n"
            "  w:::cls --> x & y\n", "x").diagram;
        QCOMPARE(forms.edges.size(), std::size_t(14));
        QCOMPARE(edgeBetween(forms, "i", "j")->label, std::string("text"));
        QVERIFY(edgeBetween(forms, "a", "b") && edgeBetween(forms, "k", "l") && edgeBetween(forms, "o", "p"));
        QCOMPARE(forms.node("q")->title, std::string("circle"));
        QCOMPARE(forms.node("s")->title, std::string("para"));
        QCOMPARE(forms.node("t")->title, std::string("alt"));
        QCOMPARE(forms.node("u")->title, std::string("quoted ] bracket"));
        QCOMPARE(forms.node("v")->title, std::string("line\nbreak"));
        QVERIFY(edgeBetween(forms, "w", "x") && edgeBetween(forms, "w", "y"));

        // Subgraphs as edge ends and nested subgraphs.
        auto nested = MermaidImporter::import(
            "flowchart TB\n  subgraph outer [Outer lane]\n    subgraph inner\n      a1 --> a2\n    end\n"
            "    b1\n  end\n  start --> inner\n", "x").diagram;
        QCOMPARE(nested.node("inner")->group, std::string("outer"));
        QCOMPARE(nested.node("a1")->group, std::string("inner"));
        QCOMPARE(nested.node("b1")->group, std::string("outer"));
        QVERIFY(edgeBetween(nested, "start", "inner"));
        QVERIFY(nested.node("inner")->input("in"));
    }

    void mermaidHostileInput()
    {
        expectMermaidError("flowchart LR\n  A[unclosed --> B\n", "line 2, column 4", "expected ']'");
        expectMermaidError("graph XY\n", "line 1", "unknown direction");
        expectMermaidError("sequenceDiagram\n  A->>B: hi\n", "line 1", "expected 'flowchart' or 'graph'");
        expectMermaidError("%% only a comment\n", "", "empty");
        expectMermaidError("flowchart\n  subgraph one\n    A\n", "line 2", "subgraph 'one' has no 'end'");
        expectMermaidError("flowchart\n  A\n  end\n", "line 3, column 3", "'end' without an open subgraph");
        expectMermaidError("flowchart\n  A -> B\n", "line 2, column 5", "malformed arrow");
        expectMermaidError("flowchart\n  A --> \n", "line 2, column 9", "expected a node id");
        expectMermaidError("flowchart\n  A -->|label B\n", "line 2, column 8", "expected '|'");
        expectMermaidError("flowchart\n  A B\n", "line 2, column 5", "expected an arrow");
        expectMermaidError("flowchart\n  A[\"open quote] --> B\n", "line 2, column 4", "unterminated quoted text");
        expectMermaidError("flowchart\n  A -- text B\n", "line 2, column 7", "expected '--' to end the edge text");
        expectMermaidError("flowchart\n  A[" + std::string(10u << 20, 'x') + "]\n", "line 2, column 4",
                           "the limit is 65536");
        std::string many = "flowchart\n  ";
        for (int i = 0; i < 500; ++i)
            many += (i ? " & a" : "a") + std::to_string(i);
        many += " --> ";
        for (int i = 0; i < 500; ++i)
            many += (i ? " & b" : "b") + std::to_string(i);
        expectMermaidError(many, "", "more than 200000 edges");
        std::string deep = "flowchart\n";
        for (int i = 0; i < 40; ++i)
            deep += "subgraph s" + std::to_string(i) + "\n";
        expectMermaidError(deep, "line 34, column 10", "nested deeper than 32");
    }

    void importerRecognisesFormats()
    {
        QCOMPARE(DiagramImporter::importText(plainFile()).format, std::string("drawio"));
        QCOMPARE(DiagramImporter::importText("\n%% hi\ngraph LR\nA-->B").format, std::string("mermaid"));
        Diagram own = DrawioImporter::import(plainFile(), "x").diagram;
        own.sourceRun = "0123456789abcdef0123456789abcdef";
        auto r = DiagramImporter::importText(DiagramJson::write(own));
        QCOMPARE(r.format, std::string("runlens"));
        QVERIFY(r.diagram.uuid != own.uuid); // an import is a copy
        QVERIFY(r.diagram.sourceRun.empty());
        QVERIFY(r.diagram.nodes == own.nodes);
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramImporter::importText("hello world"));
        QVERIFY_THROWS_EXCEPTION(DiagramError, DiagramImporter::importText(""));

        QTemporaryDir dir;
        QString path = dir.path() + "/my-flow.mmd";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("flowchart LR\n  a --> b\n");
        f.close();
        auto fromFile = DiagramImporter::importFile(path.toStdString());
        QCOMPARE(fromFile.diagram.name, std::string("my-flow"));
        // A draw.io file is named after the file, whatever its page is called, and only
        // its last suffix goes.
        QString drawio = dir.path() + "/nightly.v2.drawio";
        QFile g(drawio);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(plainFile().c_str());
        g.close();
        QCOMPARE(DiagramImporter::importFile(drawio.toStdString()).diagram.name, std::string("nightly.v2"));
        try {
            DiagramImporter::importFile((dir.path() + "/missing.drawio").toStdString());
            QFAIL("imported a missing file");
        } catch (const DiagramError& e) {
            QVERIFY(e.where().find("missing.drawio") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiagramImport)
#include "tst_diagram_import.moc"
