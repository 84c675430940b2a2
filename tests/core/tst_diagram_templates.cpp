// The built-in templates: each loads, is a valid DAG, laid out without overlaps.

#include "TestPrinters.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/TemplateCatalog.h"

#include <QTest>

#include <map>
#include <set>

using namespace runlens;

namespace {

bool isDag(const Diagram& d)
{
    std::map<std::string, int> indegree;
    std::multimap<std::string, std::string> next;
    for (const auto& n : d.nodes)
        indegree[n.id];
    for (const auto& e : d.edges) {
        ++indegree[e.to.node];
        next.emplace(e.from.node, e.to.node);
    }
    std::vector<std::string> ready;
    for (const auto& [id, deg] : indegree) {
        if (deg == 0)
            ready.push_back(id);
    }
    std::size_t seen = 0;
    while (!ready.empty()) {
        std::string v = ready.back();
        ready.pop_back();
        ++seen;
        auto [from, to] = next.equal_range(v);
        for (auto it = from; it != to; ++it) {
            if (--indegree[it->second] == 0)
                ready.push_back(it->second);
        }
    }
    return seen == d.nodes.size();
}

} // namespace

class TestDiagramTemplates : public QObject {
    Q_OBJECT

private slots:
    void catalogueListsTheFour()
    {
        auto list = TemplateCatalog::list();
        std::set<std::string> ids;
        for (const auto& t : list)
            ids.insert(t.id);
        QVERIFY((ids == std::set<std::string>{"mlops-level-0", "mlops-level-1", "mlops-level-2", "kubeflow-training"}));
        QVERIFY_THROWS_EXCEPTION(DiagramError, TemplateCatalog::create("mlops-level-9"));
    }

    void eachTemplateIsAValidLaidOutDag()
    {
        for (const auto& t : TemplateCatalog::list()) {
            Diagram d = TemplateCatalog::create(t.id);
            const std::string label = t.id;
            QCOMPARE(d.name, t.name);
            QVERIFY2(d.nodes.size() >= 8, label.c_str());
            QVERIFY2(isDag(d), label.c_str());
            // Loads back identically through the file format.
            QVERIFY2(DiagramJson::read(DiagramJson::write(d)) == d, label.c_str());
            // Laid out: no two boxes overlap, no group covers a node it does not contain,
            // and every edge points right.
            for (const auto& a : d.nodes) {
                for (const auto& b : d.nodes) {
                    if (&a == &b || b.group == a.id || a.group == b.id)
                        continue;
                    if (a.kind == DiagramNodeKind::Group && b.kind == DiagramNodeKind::Group)
                        continue;
                    QVERIFY2(!a.rect().intersects(b.rect()), (label + ": " + a.id + " / " + b.id).c_str());
                }
            }
            for (const auto& e : d.edges) {
                const auto *a = d.node(e.from.node), *b = d.node(e.to.node);
                QVERIFY2(a->position.x + a->size.width < b->position.x, (label + ": " + e.id).c_str());
            }
            // Fresh uuid each time: a template is a starting point, not a shared document.
            QVERIFY(TemplateCatalog::create(t.id).uuid != d.uuid);
        }
    }

    void kubeflowStepsAreBoundForPipelineRuns()
    {
        Diagram d = TemplateCatalog::create("kubeflow-training");
        int bound = 0;
        for (const auto& n : d.nodes)
            bound += n.binding.type == DiagramBinding::Type::Step;
        QCOMPARE(bound, 6);
        QCOMPARE(d.node("train")->metric, std::string("val/loss"));
        QVERIFY(d.node("server")->kind == DiagramNodeKind::Deployment);
    }
};

QTEST_GUILESS_MAIN(TestDiagramTemplates)
#include "tst_diagram_templates.moc"
