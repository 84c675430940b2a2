// What only a PostgreSQL store has: roles, a server that restarts under a running
// writer, a change counter for live views, chunks that are appended without being
// rewritten, and a schema other programs may own. A throwaway cluster of this process
// (support/PgTestCluster.h); the suite skips where the server is not installed. The
// shared behaviour of both engines is tested by the suites CTest runs twice.
#include "PgTestCluster.h"
#include "TestPrinters.h"

#include <runlens/client.h>
#include <runlens/sync/StoreSync.h>

#include <QtTest>

#include <memory>
#include <poll.h>

using namespace runlens;

namespace {

template <typename Fn>
void expectError(Fn fn, StoreError::Kind kind, const char* needle)
{
    try {
        fn();
        QFAIL(qPrintable(QStringLiteral("expected an error containing '%1'").arg(needle)));
    } catch (const StoreError& e) {
        QVERIFY2(std::string(e.what()).find(needle) != std::string::npos, e.what());
        QVERIFY2(e.kind() == kind, e.what());
    }
}

std::string storeOf(const std::string& schema)
{
    return PgTestCluster::shared().storeAs("postgres", schema);
}

} // namespace

class TestPgStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void viewerGetsAReadOnlyStore();
    void viewerOfAnEmptySchemaIsTold();
    void newerSchemaIsRefusedAndLeftAlone();
    void foreignSchemaIsRefusedAndLeftAlone();
    void flushesAppendChunksAndMergeThem();
    void serverRestartUnderAWriterLosesNothing();
    void changeCounterMovesWithOtherWriters();
    void nulInTextIsRefusedClearly();
    void commitsOfOthersAreNotified();
    void syncCarriesRunsBetweenAFileAndATeamStore();
};

void TestPgStore::initTestCase()
{
    try {
        PgTestCluster::shared();
    } catch (const PgTestCluster::Absent& e) {
        QSKIP(e.what());
    }
}

void TestPgStore::viewerGetsAReadOnlyStore()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    std::string id;
    {
        auto store = Store::open(storeOf(schema));
        auto run = store.startRun({.name = "shared"});
        run.logMetric("loss", 1.0);
        id = run.id();
    }
    // The viewer role of docs/team-store.md.
    pg.admin("CREATE ROLE viewer1 LOGIN; GRANT USAGE ON SCHEMA " + schema + " TO viewer1; "
             "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO viewer1; "
             "GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO viewer1");
    auto viewer = Store::openExisting(pg.storeAs("viewer1", schema));
    QVERIFY(viewer.isReadOnly());
    QCOMPARE(viewer.run(id).name, std::string("shared"));
    QCOMPARE(viewer.metric(id, "loss").size(), std::size_t(1));
    QVERIFY(viewer.dataVersion() > 0);
    expectError([&] { viewer.renameRun(id, "mine"); }, StoreError::Kind::File, "read-only");
    expectError([&] { viewer.startRun(); }, StoreError::Kind::File, "read-only");
    // Even opened for writing, the server's refusal is a clear line and changes nothing.
    auto forced = Store::open(pg.storeAs("viewer1", schema));
    expectError([&] { forced.renameRun(id, "mine"); }, StoreError::Kind::File, "your role may not do this");
    QCOMPARE(viewer.run(id).name, std::string("shared"));
}

void TestPgStore::viewerOfAnEmptySchemaIsTold()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    pg.admin("CREATE ROLE viewer2 LOGIN; GRANT USAGE ON SCHEMA " + schema + " TO viewer2");
    expectError([&] { Store::openExisting(pg.storeAs("viewer2", schema)); }, StoreError::Kind::NotFound,
                "a writer creates it");
    QCOMPARE(pg.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'"), std::string("0"));
    // A writer creates it; without SELECT on the new tables the viewer is told what is
    // missing, and with the grants of docs/team-store.md it reads.
    Store::openExisting(storeOf(schema)).startRun().finish();
    expectError([&] { Store::openExisting(pg.storeAs("viewer2", schema)); }, StoreError::Kind::File,
                "permission denied");
    pg.admin("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO viewer2; "
             "GRANT SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO viewer2");
    auto viewer = Store::openExisting(pg.storeAs("viewer2", schema));
    QVERIFY(viewer.isReadOnly());
    QCOMPARE(viewer.runs().size(), std::size_t(1));
}

void TestPgStore::newerSchemaIsRefusedAndLeftAlone()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    Store::open(storeOf(schema)).startRun().finish();
    pg.admin("UPDATE " + schema + ".runlens_meta SET value = '99' WHERE key = 'schema_version'");
    expectError([&] { Store::open(storeOf(schema)); }, StoreError::Kind::Version, "has schema version 99, newer than");
    expectError([&] { Store::openExisting(storeOf(schema)); }, StoreError::Kind::Version, "Update Runlens");
    QCOMPARE(pg.scalar("SELECT value FROM " + schema + ".runlens_meta WHERE key = 'schema_version'"), std::string("99"));
    QCOMPARE(pg.scalar("SELECT count(*) FROM " + schema + ".runs"), std::string("1"));
}

void TestPgStore::foreignSchemaIsRefusedAndLeftAlone()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    pg.admin("CREATE TABLE " + schema + ".orders (id bigint)");
    expectError([&] { Store::open(storeOf(schema)); }, StoreError::Kind::File, "not a Runlens store");
    QCOMPARE(pg.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'"), std::string("1"));
}

void TestPgStore::flushesAppendChunksAndMergeThem()
{
    // Each flush adds a chunk; once the small ones reach 1024 points they become one
    // full chunk and the rest. No flush rewrites a chunk it did not merge.
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    auto store = Store::open(storeOf(schema));
    auto run = store.startRun();
    auto rows = [&] { return std::stoi(pg.scalar("SELECT count(*) FROM " + schema + ".chunks")); };
    int step = 0;
    for (int flush = 0; flush < 103; ++flush) {
        for (int i = 0; i < 10; ++i, ++step)
            run.logMetric("x", step * 0.5, step);
        run.flush();
        if (flush == 50)
            QCOMPARE(rows(), 51);
    }
    QCOMPARE(rows(), 2); // 1030 points: 1024 + 6
    QCOMPARE(pg.scalar("SELECT string_agg(n::text, ',' ORDER BY seq) FROM " + schema + ".chunks"), std::string("1024,6"));
    for (int i = 0; i < 5000; ++i, ++step)
        run.logMetric("x", step * 0.5, step);
    run.finish();
    auto data = store.metric(run.id(), "x");
    QCOMPARE(data.size(), std::size_t(step));
    for (int i = 0; i < step; ++i) {
        QCOMPARE(data.steps[std::size_t(i)], std::int64_t(i));
        QCOMPARE(data.values[std::size_t(i)], i * 0.5);
    }
    auto summary = *store.run(run.id()).metric("x");
    QCOMPARE(summary.count, std::int64_t(step));
    QCOMPARE(summary.lastValue, (step - 1) * 0.5);
}

void TestPgStore::serverRestartUnderAWriterLosesNothing()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    auto store = Store::open(storeOf(schema));
    auto run = store.startRun();
    for (int i = 0; i < 500; ++i)
        run.logMetric("x", i, i);
    run.flush();
    pg.restart();
    for (int i = 500; i < 1000; ++i)
        run.logMetric("x", i, i);
    run.finish(); // the writer reconnects by itself and writes what it kept
    auto reader = Store::open(storeOf(schema));
    QCOMPARE(reader.metric(run.id(), "x").size(), std::size_t(1000));
    QVERIFY(reader.run(run.id()).status == RunStatus::Finished);
    // The store that was open across the restart reads again too.
    QCOMPARE(store.metric(run.id(), "x").size(), std::size_t(1000));
}

void TestPgStore::changeCounterMovesWithOtherWriters()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema();
    auto app = Store::open(storeOf(schema));
    std::int64_t before = app.dataVersion();
    QCOMPARE(app.dataVersion(), before); // reading does not move it
    auto writer = Store::open(storeOf(schema));
    auto run = writer.startRun();
    std::int64_t afterStart = app.dataVersion();
    QVERIFY(afterStart > before);
    run.logMetric("x", 1.0);
    run.flush();
    QVERIFY(app.dataVersion() > afterStart);
}

void TestPgStore::nulInTextIsRefusedClearly()
{
    auto& pg = PgTestCluster::shared();
    auto store = Store::open(storeOf(pg.freshSchema()));
    auto run = store.startRun();
    std::string withNul("a\0b", 3);
    try {
        run.setNotes(withNul);
        store.setTag(run.id(), "k", withNul);
    } catch (const StoreError& e) {
        QVERIFY2(e.kind() == StoreError::Kind::InvalidInput, e.what());
    }
    QCOMPARE(store.run(run.id()).tags.count("k"), std::size_t(0));
    run.finish();
}

void TestPgStore::commitsOfOthersAreNotified()
{
    auto& pg = PgTestCluster::shared();
    std::string schema = pg.freshSchema(), other = pg.freshSchema();
    auto app = Store::open(storeOf(schema));
    int fd = app.changeSocket();
    QVERIFY(fd >= 0);
    QVERIFY(!app.takeChanges());
    auto waitForChange = [&](int tries = 100) {
        // A generous bound for a loaded machine; NOTIFY takes milliseconds.
        for (int i = 0; i < tries; ++i) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 100) > 0 && app.takeChanges())
                return true;
        }
        return false;
    };
    // Another store of the same database does not wake this one.
    Store::open(storeOf(other)).startRun().finish();
    QVERIFY(!waitForChange(10));
    auto writer = Store::open(storeOf(schema));
    auto run = writer.startRun();
    QVERIFY(waitForChange());
    run.logMetric("x", 1.0);
    run.flush();
    QVERIFY(waitForChange());
    // After the server restarted, a new socket listens again.
    pg.restart();
    app.dataVersion(); // the first use after a restart reconnects
    fd = app.changeSocket();
    QVERIFY(fd >= 0);
    run.logMetric("x", 2.0);
    run.finish();
    QVERIFY(waitForChange());
}

void TestPgStore::syncCarriesRunsBetweenAFileAndATeamStore()
{
    // Laptop file -> team store -> another laptop's file: points (several chunks and a
    // tail), params of every kind, tags, notes, artifacts and edits arrive unchanged.
    auto& pg = PgTestCluster::shared();
    std::string team = storeOf(pg.freshSchema());
    QTemporaryDir dir;
    std::string laptop = (dir.path() + "/laptop.db").toStdString(), other = (dir.path() + "/other.db").toStdString();
    QFile art(dir.path() + "/model.bin");
    QVERIFY(art.open(QIODevice::WriteOnly));
    art.write(QByteArray(1500000, 'w'));
    art.close();
    std::string id;
    {
        auto store = Store::open(laptop);
        auto run = store.startRun({.experiment = "resnet", .name = "lr-0.1",
                                   .params = {{"lr", 0.1}, {"epochs", 30}, {"opt", "sgd"}, {"big", 1e300}}});
        for (int i = 0; i < 2500; ++i)
            run.logMetric("loss", 1.0 / (i + 1), i);
        run.logMetric("acc", 0.5, 0, "class=cat");
        run.setTag("team", "vision");
        run.logArtifact(art.fileName().toStdString());
        id = run.id();
        run.finish();
        store.setNotes(id, "*baseline*");
    }
    auto up = StoreSync(laptop, team).run({});
    QCOMPARE(up.runsNew, std::size_t(1));
    QCOMPARE(up.artifacts, std::size_t(1));
    auto down = StoreSync(team, other).run({});
    QCOMPARE(down.runsNew, std::size_t(1));
    auto a = Store::open(laptop), b = Store::open(other);
    auto ra = a.run(id), rb = b.run(id);
    QCOMPARE(rb.name, ra.name);
    QCOMPARE(rb.notes, std::string("*baseline*"));
    QCOMPARE(rb.params.size(), std::size_t(4));
    for (const auto& [k, v] : ra.params) {
        QVERIFY2(rb.params.at(k) == v, k.c_str());
        QCOMPARE(rb.params.at(k).isInteger(), v.isInteger());
    }
    QCOMPARE(rb.tags.at("team"), std::string("vision"));
    auto pa = a.metric(id, "loss", "", true), pb = b.metric(id, "loss", "", true);
    QVERIFY(pa.steps == pb.steps && pa.values == pb.values && pa.times == pb.times);
    QCOMPARE(b.metric(id, "acc", "class=cat").size(), std::size_t(1));
    QFile copy(QString::fromStdString(b.artifactFile(id, "model.bin")));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray(1500000, 'w'));
    // Nothing new: a second round moves nothing.
    QCOMPARE(StoreSync(laptop, team).run({}).changedAnything(), false);
    QCOMPARE(StoreSync(team, other).run({}).changedAnything(), false);
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pg_store.moc"
