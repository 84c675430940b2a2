// Diagrams kept in the store: list, load, save (insert and update), delete, lookup by
// pipeline run, and refusal of bad input with nothing written.

#include "TempStore.h"
#include "TestPrinters.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramStore.h"
#include "runlens/store/Store.h"
#include "runlens/model/StoreError.h"
#include "runlens/diagram/TemplateCatalog.h"


#include <QTest>

#include <thread>

using namespace runlens;

class TestDiagramStore : public QObject {
    Q_OBJECT

private slots:
    void saveListLoadDelete()
    {
        TempStore tmp;
        Store store = Store::open(tmp.path());
        DiagramStore diagrams(store);
        QVERIFY(diagrams.list().empty());
        Diagram a = TemplateCatalog::create("mlops-level-1");
        Diagram b = TemplateCatalog::create("kubeflow-training");
        b.name = "A kubeflow copy";
        diagrams.save(a);
        diagrams.save(b);
        auto list = diagrams.list();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].name, std::string("A kubeflow copy")); // sorted by name
        QCOMPARE(list[1].uuid, a.uuid);
        QVERIFY(list[1].createdAt > 0 && list[1].updatedAt >= list[1].createdAt);
        QVERIFY(diagrams.load(a.uuid) == a);
        // The table holds exactly the file format.
        QCOMPARE(tmp.sql("SELECT json FROM diagrams WHERE uuid = '" + a.uuid + "'"), DiagramJson::write(a));

        QVERIFY(diagrams.remove(b.uuid));
        QVERIFY(!diagrams.remove(b.uuid));
        QCOMPARE(diagrams.list().size(), std::size_t(1));
        QVERIFY_THROWS_EXCEPTION(StoreError, diagrams.load(b.uuid));
    }

    void saveAgainUpdatesAndKeepsCreationTime()
    {
        TempStore tmp;
        DiagramStore diagrams(Store::open(tmp.path()));
        Diagram d = TemplateCatalog::create("mlops-level-0");
        diagrams.save(d);
        DiagramInfo first = *diagrams.info(d.uuid);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        d.name = "renamed";
        d.nodes[1].title = "changed";
        diagrams.save(d);
        DiagramInfo second = *diagrams.info(d.uuid);
        QCOMPARE(second.name, std::string("renamed"));
        QCOMPARE(second.createdAt, first.createdAt);
        QVERIFY(second.updatedAt > first.updatedAt);
        QVERIFY(diagrams.load(d.uuid) == d);
        QCOMPARE(diagrams.list().size(), std::size_t(1));
    }

    void sourceRunLookup()
    {
        TempStore tmp;
        DiagramStore diagrams(Store::open(tmp.path()));
        Diagram d = TemplateCatalog::create("kubeflow-training");
        d.sourceRun = "0123456789abcdef0123456789abcdef";
        diagrams.save(d);
        diagrams.save(TemplateCatalog::create("mlops-level-0"));
        auto found = diagrams.findBySourceRun(d.sourceRun);
        QVERIFY(found);
        QCOMPARE(found->uuid, d.uuid);
        QCOMPARE(found->sourceRun, d.sourceRun);
        QVERIFY(!diagrams.findBySourceRun("fedcba9876543210fedcba9876543210"));
    }

    void badDiagramsWriteNothing()
    {
        TempStore tmp;
        DiagramStore diagrams(Store::open(tmp.path()));
        Diagram d = TemplateCatalog::create("mlops-level-0");
        d.edges[0].to.node = "nowhere";
        QVERIFY_THROWS_EXCEPTION(DiagramError, diagrams.save(d));
        d = TemplateCatalog::create("mlops-level-0");
        d.nodes[0].title = std::string(10u << 20, 'x');
        QVERIFY_THROWS_EXCEPTION(DiagramError, diagrams.save(d));
        QVERIFY(diagrams.list().empty());
    }

    void corruptRowsAreNamed()
    {
        TempStore tmp;
        DiagramStore diagrams(Store::open(tmp.path()));
        Diagram d = TemplateCatalog::create("mlops-level-0");
        diagrams.save(d);
        tmp.sql("UPDATE diagrams SET json = '{\"format\": \"runlens-diagram\", \"version\": 1, \"uuid\": 7}'");
        try {
            diagrams.load(d.uuid);
            QFAIL("loaded a corrupt row");
        } catch (const DiagramError& e) {
            QVERIFY2(std::string(e.what()).find("MLOps level 0") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("uuid: expected a string") != std::string::npos, e.what());
        }
        // A row whose JSON names another uuid is refused too.
        Diagram other = TemplateCatalog::create("mlops-level-0");
        tmp.sql("UPDATE diagrams SET json = '" + DiagramJson::write(other) + "'");
        QVERIFY_THROWS_EXCEPTION(DiagramError, diagrams.load(d.uuid));
    }

    void readOnlyStoreRefusesToSave()
    {
        TempStore tmp;
        Diagram d = TemplateCatalog::create("mlops-level-2");
        DiagramStore(Store::open(tmp.path())).save(d);
        DiagramStore readOnly(Store::open(tmp.path(), Store::Mode::ReadOnly));
        QVERIFY(readOnly.load(d.uuid) == d);
        d.name = "not saved";
        QVERIFY_THROWS_EXCEPTION(StoreError, readOnly.save(d));
        QVERIFY_THROWS_EXCEPTION(StoreError, readOnly.remove(d.uuid));
        QCOMPARE(readOnly.list().front().name, std::string("MLOps level 2: CI/CD pipeline automation"));
    }
};

QTEST_GUILESS_MAIN(TestDiagramStore)
#include "tst_diagram_store.moc"
