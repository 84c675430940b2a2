// runlens sync, store to store (docs/sync.md): runs matched by uuid arrive whole and
// then only what is new; edits merge by the later edit; nothing in the target is
// deleted; bad input is refused before anything is written.
#include "TempStore.h"
#include "TestPrinters.h"

#include <runlens/client.h>
#include <runlens/query/QueryError.h>
#include <runlens/store/MetricDirectionStore.h>
#include <runlens/sync/StoreSync.h>

#include <QtTest>

#include <sqlite3.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <thread>

using namespace runlens;

namespace {

// Raw SQL on a store file, for what the public API does not do (set an edit time,
// damage a chunk, read a column as it is).
class Sql {
public:
    explicit Sql(const std::string& path) { sqlite3_open(path.c_str(), &m_db); }
    ~Sql() { sqlite3_close(m_db); }
    void exec(const std::string& sql)
    {
        char* err = nullptr;
        int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &err);
        std::string message = err ? err : "";
        sqlite3_free(err);
        if (rc != SQLITE_OK)
            QFAIL(qPrintable(QString::fromStdString(message + " in: " + sql)));
    }
    std::string text(const std::string& sql)
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(m_db, sql.c_str(), -1, &st, nullptr);
        std::string out = "<none>";
        if (sqlite3_step(st) == SQLITE_ROW)
            out = sqlite3_column_type(st, 0) == SQLITE_NULL ? "NULL" : reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        return out;
    }
    long long integer(const std::string& sql) { return std::stoll(text(sql)); }

private:
    sqlite3* m_db = nullptr;
};

std::string fileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A run with params, tags, an overall and a per-slice series (more than one chunk,
// NaN and infinities among the values) and an artifact.
std::string logRun(Store& store, const std::string& name, const std::string& experiment, int points,
                   const std::string& artifactDir = {})
{
    RunOptions o;
    o.name = name;
    o.experiment = experiment;
    o.params = {{"lr", 0.01}, {"layers", 4}, {"optimizer", "adam"}};
    o.tags = {{"stage", "train"}};
    Run run = store.startRun(o);
    for (int i = 0; i < points; ++i) {
        double v = i % 97 == 5 ? std::nan("") : i % 101 == 7 ? std::numeric_limits<double>::infinity() : 1.0 / (i + 1);
        run.logMetric("loss", v, i);
        if (i % 10 == 0)
            run.logMetric("acc", i * 0.001, i, "class=cat");
    }
    if (!artifactDir.empty()) {
        std::string file = artifactDir + "/" + name + ".txt";
        std::ofstream(file) << "weights of " << name << "\n";
        run.logArtifact(file, "model/" + name + ".txt");
    }
    run.finish();
    return run.id();
}

void compareRuns(const std::string& a, const std::string& b)
{
    Store sa = Store::open(a, Store::Mode::ReadOnly), sb = Store::open(b, Store::Mode::ReadOnly);
    RunFilter all;
    all.includeArchived = true;
    auto ra = sa.runs(all), rb = sb.runs(all);
    QCOMPARE(ra.size(), rb.size());
    std::map<std::string, RunRecord> byUuid;
    for (auto& r : rb)
        byUuid[r.uuid] = r;
    for (const auto& r : ra) {
        QVERIFY2(byUuid.count(r.uuid), r.uuid.c_str());
        const RunRecord& o = byUuid[r.uuid];
        QCOMPARE(o.name, r.name);
        QCOMPARE(o.experiment, r.experiment);
        QCOMPARE(o.parentUuid, r.parentUuid);
        QVERIFY(o.status == r.status);
        QCOMPARE(o.params, r.params);
        QCOMPARE(o.tags, r.tags);
        QCOMPARE(o.series.size(), r.series.size());
        for (const auto& s : r.series) {
            auto pa = sa.metric(r.uuid, s.key, s.slice, true), pb = sb.metric(r.uuid, s.key, s.slice, true);
            QCOMPARE(pb.steps, pa.steps);
            QCOMPARE(pb.times, pa.times);
            QCOMPARE(pb.size(), pa.size());
            for (std::size_t i = 0; i < pa.size(); ++i)
                QVERIFY(pa.values[i] == pb.values[i] || (std::isnan(pa.values[i]) && std::isnan(pb.values[i])));
            const SeriesSummary* so = o.metric(s.key, s.slice);
            QVERIFY(so);
            QCOMPARE(so->count, s.count);
            QCOMPARE(so->lastStep, s.lastStep);
        }
    }
}

SyncReport sync(const std::string& from, const std::string& to, SyncOptions o = {})
{
    return StoreSync(from, to).run(o);
}

// Turns a store of the current schema into one of version 2, as an older Runlens
// left it: no edit times, no deleted_runs.
void downgradeToVersion2(const std::string& path)
{
    Sql db(path);
    for (const char* t : {"runs_deleted", "runs_name_edited", "runs_notes_edited", "runs_archived_edited",
                          "experiments_notes_edited", "experiments_archived_edited", "params_written", "params_edited",
                          "tags_written", "tags_edited", "metric_directions_written", "metric_directions_edited"})
        db.exec(std::string("DROP TRIGGER ") + t);
    db.exec("DROP TABLE deleted_runs");
    for (const char* c : {"runs.name_edited_at", "runs.notes_edited_at", "runs.archived_edited_at",
                          "experiments.notes_edited_at", "experiments.archived_edited_at", "params.edited_at",
                          "tags.edited_at", "metric_directions.edited_at"}) {
        std::string s(c);
        auto dot = s.find('.');
        db.exec("ALTER TABLE " + s.substr(0, dot) + " DROP COLUMN " + s.substr(dot + 1));
    }
    db.exec("PRAGMA user_version = 2");
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private slots:
    void newRunsArriveWhole();
    void secondSyncCopiesNothing();
    void onlyNewPointsFollowALiveRun();
    void experimentsAreMatchedByName();
    void threeStoresMeetWithoutDoubles();
    void roundTripChangesNothing();
    void laterEditWins_data();
    void laterEditWins();
    void editsAreStampedByEveryWriter();
    void dryRunNamesConflictsAndWritesNothing();
    void queryChoosesRunsAndTheirDiagrams();
    void deletedRunsStayDeletedUnlessAsked();
    void runImportedOnBothSidesIsNotDoubled();
    void damagedRunIsLeftOutOthersArrive();
    void damagedArtifactIsRefused();
    void olderSourceIsReadAsItIs();
    void badInputWritesNothing();
    void cancelStopsBetweenRuns();
    void concurrentSyncsIntoOneTargetDoubleNothing();
};

void TestSync::newRunsArriveWhole()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    std::string r1 = logRun(sa, "r1", "resnet", 2500, a.dir().toStdString());
    logRun(sa, "r2", "resnet", 10);
    logRun(sa, "r3", "vit", 0);
    MetricDirectionStore(sa).set("acc", MetricDirection::Max);

    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.runsSelected, std::size_t(3));
    QCOMPARE(r.runsNew, std::size_t(3));
    QCOMPARE(r.experimentsNew, std::size_t(2));
    QCOMPARE(r.points, 2500 + 250 + 10 + 1);
    QCOMPARE(r.artifacts, std::size_t(1));
    QCOMPARE(r.directions, std::size_t(1));
    QVERIFY(r.conflicts.empty());
    compareRuns(a.path(), b.path());

    auto sb = Store::open(b.path());
    auto arts = sb.artifacts(r1);
    QCOMPARE(arts.size(), std::size_t(1));
    QCOMPARE(arts[0].sha256, sa.artifacts(r1)[0].sha256);
    std::string copied = b.dir().toStdString() + "/runlens-artifacts/" + r1 + "/model/r1.txt";
    QCOMPARE(fileBytes(copied), std::string("weights of r1\n"));
    QVERIFY(MetricDirectionStore(sb).of("acc") == MetricDirection::Max);
    QCOMPARE(Sql(b.path()).text("PRAGMA integrity_check"), std::string("ok"));
}

void TestSync::secondSyncCopiesNothing()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    logRun(sa, "r1", "e", 3000, a.dir().toStdString());
    logRun(sa, "r2", "e", 5);
    sync(a.path(), b.path());
    long long chunks = Sql(b.path()).integer("SELECT count(*) FROM chunks");

    SyncReport again = sync(a.path(), b.path());
    QCOMPARE(again.runsUnchanged, std::size_t(2));
    QCOMPARE(again.runsNew + again.runsUpdated, std::size_t(0));
    QCOMPARE(again.points, 0);
    QCOMPARE(again.artifacts, std::size_t(0));
    QVERIFY(!again.changedAnything());
    QCOMPARE(Sql(b.path()).integer("SELECT count(*) FROM chunks"), chunks);
}

void TestSync::onlyNewPointsFollowALiveRun()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    Run live = sa.startRun({.name = "live"});
    for (int i = 0; i < 700; ++i)
        live.logMetric("loss", i, i);
    live.flush();
    sync(a.path(), b.path());
    QVERIFY(Store::open(b.path()).run(live.id()).status == RunStatus::Running);

    // Small syncs of a growing run fill the target's last chunk instead of adding one.
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < 300; ++i)
            live.logMetric("loss", 700 + round * 300 + i, 700 + round * 300 + i);
        live.flush();
        SyncReport r = sync(a.path(), b.path());
        QCOMPARE(r.points, 300);
        QCOMPARE(r.runsUpdated, std::size_t(1));
    }
    live.finish();
    SyncReport last = sync(a.path(), b.path());
    QCOMPARE(last.points, 0);
    QCOMPARE(last.runsUpdated, std::size_t(1)); // the status and end time
    compareRuns(a.path(), b.path());
    auto inB = Store::open(b.path()).run(live.id());
    QVERIFY(inB.status == RunStatus::Finished);
    QCOMPARE(inB.endTime, Store::open(a.path()).run(live.id()).endTime);
    // 2 200 points: two full chunks and one of 152, however many syncs brought them.
    QCOMPARE(Sql(b.path()).integer("SELECT count(*) FROM chunks"), 3LL);
}

void TestSync::experimentsAreMatchedByName()
{
    TempStore a, b;
    auto sa = Store::open(a.path()), sb = Store::open(b.path());
    logRun(sa, "from-a", "Default", 3);
    logRun(sb, "from-b", "Default", 3);
    Sql(a.path()).exec("UPDATE experiments SET notes = 'a notes', notes_edited_at = 10");
    std::string uuidB = Sql(b.path()).text("SELECT uuid FROM experiments WHERE name = 'Default'");

    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.experimentsNew, std::size_t(0));
    Sql db(b.path());
    QCOMPARE(db.integer("SELECT count(*) FROM experiments"), 1LL);
    QCOMPARE(db.text("SELECT uuid FROM experiments"), uuidB);
    QCOMPARE(db.text("SELECT notes FROM experiments"), std::string("a notes"));
    QCOMPARE(db.integer("SELECT count(*) FROM runs"), 2LL);
}

void TestSync::threeStoresMeetWithoutDoubles()
{
    TempStore a, b, c;
    auto sa = Store::open(a.path()), sb = Store::open(b.path());
    std::string shared = logRun(sa, "shared", "e", 1500);
    logRun(sa, "only-a", "e", 20);
    sync(a.path(), b.path()); // b now holds "shared" too
    logRun(sb, "only-b", "f", 30);

    sync(a.path(), c.path());
    SyncReport fromB = sync(b.path(), c.path());
    QCOMPARE(fromB.runsNew, std::size_t(1));
    QCOMPARE(fromB.runsUnchanged, std::size_t(2));
    QCOMPARE(fromB.points, 33);
    Store sc = Store::open(c.path());
    QCOMPARE(sc.runCount(), 3);
    QCOMPARE(sc.run(shared).metric("loss")->count, 1500);

    // And back: a and b end up with everything, nothing doubled.
    sync(c.path(), a.path());
    sync(c.path(), b.path());
    compareRuns(a.path(), c.path());
    compareRuns(b.path(), c.path());
}

void TestSync::roundTripChangesNothing()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    logRun(sa, "r1", "e", 2000, a.dir().toStdString());
    sa.setNotes(sa.runs()[0].uuid, "edited here");
    sync(a.path(), b.path());
    SyncReport back = sync(b.path(), a.path());
    QCOMPARE(back.runsUnchanged, std::size_t(1));
    QVERIFY(!back.changedAnything());
    QVERIFY(back.conflicts.empty());
    QCOMPARE(Sql(a.path()).integer("SELECT count(*) FROM chunks"),
             Sql(b.path()).integer("SELECT count(*) FROM chunks"));
    compareRuns(a.path(), b.path());
}

void TestSync::laterEditWins_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("sourceEdit"); // SQL on the source, %1 = edit time
    QTest::addColumn<QString>("targetEdit");
    QTest::addColumn<QString>("read");       // SQL reading the merged value
    QTest::addColumn<QString>("sourceValue");
    QTest::addColumn<QString>("targetValue");

    QTest::newRow("run name") << "run name" << "UPDATE runs SET name = 'src', name_edited_at = %1"
                              << "UPDATE runs SET name = 'dst', name_edited_at = %1" << "SELECT name FROM runs"
                              << "src" << "dst";
    QTest::newRow("run notes") << "run notes" << "UPDATE runs SET notes = 'src', notes_edited_at = %1"
                               << "UPDATE runs SET notes = 'dst', notes_edited_at = %1" << "SELECT notes FROM runs"
                               << "src" << "dst";
    QTest::newRow("run archived") << "run archived" << "UPDATE runs SET archived = 1, archived_edited_at = %1"
                                  << "UPDATE runs SET archived = 0, archived_edited_at = %1"
                                  << "SELECT archived FROM runs" << "1" << "0";
    QTest::newRow("tag") << "tag" << "UPDATE tags SET value = 'src', edited_at = %1"
                         << "UPDATE tags SET value = 'dst', edited_at = %1" << "SELECT value FROM tags" << "src" << "dst";
    QTest::newRow("param") << "param" << "UPDATE params SET value = 0.5, edited_at = %1 WHERE key = 'lr'"
                           << "UPDATE params SET value = 0.25, edited_at = %1 WHERE key = 'lr'"
                           << "SELECT value FROM params WHERE key = 'lr'" << "0.5" << "0.25";
    QTest::newRow("experiment archived")
        << "experiment archived" << "UPDATE experiments SET archived = 1, archived_edited_at = %1"
        << "UPDATE experiments SET archived = 0, archived_edited_at = %1" << "SELECT archived FROM experiments" << "1"
        << "0";
    QTest::newRow("experiment notes") << "experiment notes"
                                      << "UPDATE experiments SET notes = 'src', notes_edited_at = %1"
                                      << "UPDATE experiments SET notes = 'dst', notes_edited_at = %1"
                                      << "SELECT notes FROM experiments" << "src" << "dst";
    QTest::newRow("metric direction")
        << "metric direction" << "INSERT INTO metric_directions VALUES ('acc', 'max', %1)"
        << "INSERT INTO metric_directions VALUES ('acc', 'min', %1)" << "SELECT direction FROM metric_directions"
        << "max" << "min";
    QTest::newRow("diagram")
        << "diagram"
        << "INSERT INTO diagrams(uuid, name, json, created_at, updated_at) VALUES ('d1', 'src', '{}', 1, %1)"
        << "INSERT INTO diagrams(uuid, name, json, created_at, updated_at) VALUES ('d1', 'dst', '{}', 1, %1)"
        << "SELECT name FROM diagrams" << "src" << "dst";
}

void TestSync::laterEditWins()
{
    QFETCH(QString, what);
    QFETCH(QString, sourceEdit);
    QFETCH(QString, targetEdit);
    QFETCH(QString, read);
    QFETCH(QString, sourceValue);
    QFETCH(QString, targetValue);
    // Both orders: the later edit wins wherever it was made.
    for (auto [srcAt, dstAt, expected] : {std::tuple{200, 100, sourceValue}, std::tuple{100, 200, targetValue}}) {
        TempStore a, b;
        auto sa = Store::open(a.path());
        logRun(sa, "r", "e", 3);
        sync(a.path(), b.path());
        Sql(a.path()).exec(sourceEdit.arg(srcAt).toStdString());
        Sql(b.path()).exec(targetEdit.arg(dstAt).toStdString());

        SyncReport r = sync(a.path(), b.path());
        QCOMPARE(QString::fromStdString(Sql(b.path()).text(read.toStdString())), expected);
        QCOMPARE(r.conflicts.size(), std::size_t(1));
        const SyncConflict& c = r.conflicts[0];
        QCOMPARE(QString(toString(c.field)), what);
        QVERIFY(c.winner == (srcAt > dstAt ? SyncConflict::Winner::Source : SyncConflict::Winner::Target));
        // The winner's edit time travels with it: syncing back settles it, and then
        // there is nothing left to disagree on.
        SyncReport back = sync(b.path(), a.path());
        QCOMPARE(QString::fromStdString(Sql(a.path()).text(read.toStdString())), expected);
        QCOMPARE(back.conflicts.size(), std::size_t(srcAt > dstAt ? 0 : 1));
        QVERIFY(sync(b.path(), a.path()).conflicts.empty());
        QVERIFY(sync(a.path(), b.path()).conflicts.empty());
    }
    // A tie (the same millisecond on two machines) ends in one value either way.
    TempStore a, b;
    auto sa = Store::open(a.path());
    logRun(sa, "r", "e", 3);
    sync(a.path(), b.path());
    Sql(a.path()).exec(sourceEdit.arg(150).toStdString());
    Sql(b.path()).exec(targetEdit.arg(150).toStdString());
    QCOMPARE(sync(a.path(), b.path()).conflicts.size(), std::size_t(1));
    sync(b.path(), a.path());
    QCOMPARE(Sql(a.path()).text(read.toStdString()), Sql(b.path()).text(read.toStdString()));
    QVERIFY(sync(a.path(), b.path()).conflicts.empty());
}

void TestSync::editsAreStampedByEveryWriter()
{
    TempStore a;
    auto sa = Store::open(a.path());
    std::string uuid = logRun(sa, "r", "e", 1);
    double start = sa.run(uuid).startTime;
    Sql db(a.path());
    QCOMPARE(db.text("SELECT name_edited_at FROM runs"), std::string("0.0"));
    sa.renameRun(uuid, "renamed");
    sa.setTag(uuid, "stage", "prod");
    sa.setArchived(uuid, true);
    sa.setExperimentArchived("e", true);
    QVERIFY(std::stod(db.text("SELECT name_edited_at FROM runs")) >= start);
    QVERIFY(std::stod(db.text("SELECT archived_edited_at FROM runs")) >= start);
    QVERIFY(std::stod(db.text("SELECT edited_at FROM tags WHERE key = 'stage'")) >= start);
    QVERIFY(std::stod(db.text("SELECT archived_edited_at FROM experiments")) >= start);
    QVERIFY(std::stod(db.text("SELECT edited_at FROM params WHERE key = 'lr'")) >= start);
    // Deleting leaves a tombstone, so a sync does not bring the run back unasked.
    sa.deleteRuns({uuid});
    QCOMPARE(db.text("SELECT uuid FROM deleted_runs"), uuid);
}

void TestSync::dryRunNamesConflictsAndWritesNothing()
{
    TempStore a, b, never;
    auto sa = Store::open(a.path());
    logRun(sa, "r", "e", 1200, a.dir().toStdString());
    sync(a.path(), b.path());
    logRun(sa, "new", "e", 7);
    Sql(a.path()).exec("UPDATE tags SET value = 'src', edited_at = 2e9");
    std::string before = Sql(b.path()).text("SELECT group_concat(name || value, ',') FROM runs JOIN tags ON run_id = id");

    SyncOptions dry;
    dry.dryRun = true;
    SyncReport r = sync(a.path(), b.path(), dry);
    QCOMPARE(r.runsNew, std::size_t(1));
    QCOMPARE(r.runsUpdated, std::size_t(1));
    QCOMPARE(r.points, 7 + 1);
    QCOMPARE(r.conflicts.size(), std::size_t(1)); // the tag of the run both hold
    QCOMPARE(r.arrived.size(), std::size_t(2));
    QCOMPARE(r.arrived[0].name, std::string("r"));
    QVERIFY(!r.arrived[0].isNew);
    QCOMPARE(r.arrived[0].points, 0);
    QCOMPARE(r.arrived[1].name, std::string("new"));
    QVERIFY(r.arrived[1].isNew);
    QCOMPARE(r.arrived[1].points, 8);
    QCOMPARE(Store::open(b.path()).runCount(), 1);
    QCOMPARE(Sql(b.path()).text("SELECT group_concat(name || value, ',') FROM runs JOIN tags ON run_id = id"), before);

    // Into a store that does not exist: everything would be new, and no file appears.
    std::string missing = never.dir().toStdString() + "/sub/none.db";
    SyncReport fresh = sync(a.path(), missing, dry);
    QCOMPARE(fresh.runsNew, std::size_t(2));
    QCOMPARE(fresh.points, 1200 + 120 + 7 + 1);
    QCOMPARE(fresh.artifacts, std::size_t(1));
    QVERIFY(!std::filesystem::exists(missing));

    // The real sync does what the dry run said.
    SyncReport real = sync(a.path(), b.path());
    QCOMPARE(real.points, r.points);
    QCOMPARE(real.conflicts.size(), r.conflicts.size());
}

void TestSync::queryChoosesRunsAndTheirDiagrams()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    std::string resnet = logRun(sa, "r1", "resnet", 5);
    logRun(sa, "v1", "vit", 5);
    Sql(a.path()).exec("INSERT INTO diagrams(uuid, name, json, created_at, updated_at, source_run) VALUES "
                       "('d1', 'of resnet', '{}', 1, 1, '" + resnet + "'), ('d2', 'other', '{}', 1, 1, NULL)");
    SyncOptions o;
    o.query = "experiment = resnet";
    SyncReport r = sync(a.path(), b.path(), o);
    QCOMPARE(r.runsSelected, std::size_t(1));
    QCOMPARE(Store::open(b.path()).runs()[0].uuid, resnet);
    QCOMPARE(Sql(b.path()).text("SELECT group_concat(name) FROM diagrams"), std::string("of resnet"));
    QCOMPARE(Sql(b.path()).integer("SELECT count(*) FROM experiments"), 1LL);
}

void TestSync::deletedRunsStayDeletedUnlessAsked()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    std::string gone = logRun(sa, "gone", "e", 50);
    logRun(sa, "kept", "e", 5);
    sync(a.path(), b.path());
    Store::open(b.path()).deleteRuns({gone});

    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.skippedDeleted, std::vector<std::string>{gone});
    QCOMPARE(Store::open(b.path()).runCount(), 1);

    SyncOptions back;
    back.includeDeleted = true;
    SyncReport r2 = sync(a.path(), b.path(), back);
    QCOMPARE(r2.runsNew, std::size_t(1));
    QCOMPARE(Store::open(b.path()).runCount(), 2);
    QCOMPARE(Sql(b.path()).integer("SELECT count(*) FROM deleted_runs"), 0LL);
    compareRuns(a.path(), b.path());
}

void TestSync::runImportedOnBothSidesIsNotDoubled()
{
    TempStore a, b;
    auto sa = Store::open(a.path()), sb = Store::open(b.path());
    logRun(sa, "imported", "e", 5);
    logRun(sb, "imported", "e", 5);
    Sql(a.path()).exec("UPDATE runs SET source = 'mlflow:/lab/mlruns/1/abc'");
    Sql(b.path()).exec("UPDATE runs SET source = 'mlflow:/lab/mlruns/1/abc'");
    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.skippedImported.size(), std::size_t(1));
    QCOMPARE(Store::open(b.path()).runCount(), 1);
}

void TestSync::damagedRunIsLeftOutOthersArrive()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    std::string bad = logRun(sa, "bad", "e", 3000);
    std::string good = logRun(sa, "good", "e", 3000);
    Sql(a.path()).exec("UPDATE chunks SET vals = x'0000' WHERE seq = 1 AND series_id IN "
                       "(SELECT s.id FROM series s JOIN runs r ON r.id = s.run_id WHERE r.uuid = '" + bad + "')");
    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.problems.size(), std::size_t(1));
    QVERIFY2(r.problems[0].find(bad) != std::string::npos, r.problems[0].c_str());
    QCOMPARE(r.runsNew, std::size_t(1));
    auto runs = Store::open(b.path()).runs();
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].uuid, good);
    QCOMPARE(Sql(b.path()).text("PRAGMA integrity_check"), std::string("ok"));
}

void TestSync::damagedArtifactIsRefused()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    std::string uuid = logRun(sa, "r", "e", 3, a.dir().toStdString());
    std::ofstream(a.dir().toStdString() + "/runlens-artifacts/" + uuid + "/model/r.txt") << "changed on disk\n";
    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.problems.size(), std::size_t(1));
    QVERIFY2(r.problems[0].find("sha256") != std::string::npos, r.problems[0].c_str());
    QCOMPARE(Store::open(b.path()).runCount(), 0);
    QVERIFY(!std::filesystem::exists(b.dir().toStdString() + "/runlens-artifacts/" + uuid + "/model/r.txt"));
}

void TestSync::olderSourceIsReadAsItIs()
{
    TempStore a, b;
    {
        auto sa = Store::open(a.path());
        logRun(sa, "old", "e", 1100);
    }
    downgradeToVersion2(a.path());
    Sql(a.path()).exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::string before = fileBytes(a.path());

    SyncReport r = sync(a.path(), b.path());
    QCOMPARE(r.runsNew, std::size_t(1));
    QCOMPARE(r.points, 1100 + 110);
    QCOMPARE(fileBytes(a.path()), before);
    QCOMPARE(Sql(a.path()).integer("PRAGMA user_version"), 2LL);
    // Values of an older store count as written when their run started.
    Sql db(b.path());
    QCOMPARE(db.text("SELECT edited_at = (SELECT start_time FROM runs) FROM tags"), std::string("1"));
    Store sb = Store::open(b.path());
    QCOMPARE(sb.runs()[0].metric("loss")->count, 1100);
}

void TestSync::badInputWritesNothing()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    logRun(sa, "r", "e", 3);
    std::string dir = b.dir().toStdString();
    auto expectError = [&](const std::string& from, const std::string& to, StoreError::Kind kind, const char* words,
                           SyncOptions o = {}) {
        try {
            StoreSync(from, to).run(o);
            QFAIL(qPrintable(QString("no error for ") + words));
        } catch (const StoreError& e) {
            QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
            QVERIFY(e.kind() == kind);
        }
    };
    std::string target = dir + "/target.db";
    expectError(dir + "/missing.db", target, StoreError::Kind::NotFound, "no store");
    std::ofstream(dir + "/text.db") << "just text, not a database at all, long enough to have a header ...........";
    expectError(dir + "/text.db", target, StoreError::Kind::File, "text.db");
    expectError(a.path(), a.path(), StoreError::Kind::InvalidInput, "same store");
    QVERIFY(!std::filesystem::exists(target));

    // A target of a newer schema is refused, not written.
    Store::open(target);
    Sql(target).exec("PRAGMA user_version = 99");
    expectError(a.path(), target, StoreError::Kind::Version, "99");
    QCOMPARE(Sql(target).integer("SELECT count(*) FROM runs"), 0LL);

    std::string readOnly = dir + "/ro.db";
    Store::open(readOnly);
    std::filesystem::permissions(readOnly, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    if (::geteuid() != 0) // root writes anyway
        expectError(a.path(), readOnly, StoreError::Kind::File, "read-only");

    SyncOptions badQuery;
    badQuery.query = "params.lr <";
    QVERIFY_THROWS_EXCEPTION(QueryError, StoreSync(a.path(), dir + "/q.db").run(badQuery));
    QVERIFY(!std::filesystem::exists(dir + "/q.db"));
}

void TestSync::cancelStopsBetweenRuns()
{
    TempStore a, b;
    auto sa = Store::open(a.path());
    for (int i = 0; i < 5; ++i)
        logRun(sa, "r" + std::to_string(i), "e", 10);
    int calls = 0;
    SyncReport r = StoreSync(a.path(), b.path()).run({}, [&](const SyncProgress& p) {
        if (p.runsTotal != 5)
            return false;
        return ++calls <= 2;
    });
    QVERIFY(r.cancelled);
    QCOMPARE(r.runsNew, std::size_t(2));
    QCOMPARE(Store::open(b.path()).runCount(), 2);
    SyncReport rest = sync(a.path(), b.path());
    QCOMPARE(rest.runsNew, std::size_t(3));
    compareRuns(a.path(), b.path());
}

void TestSync::concurrentSyncsIntoOneTargetDoubleNothing()
{
    // Two GPU boxes pushing into one team store at once, one of them twice over: each
    // run's plan is made inside its own write transaction, so nothing arrives twice.
    TempStore a, b, team;
    auto sa = Store::open(a.path()), sb = Store::open(b.path());
    for (int i = 0; i < 6; ++i) {
        logRun(sa, "a" + std::to_string(i), "shared", 2100);
        logRun(sb, "b" + std::to_string(i), "shared", 2100);
    }
    std::vector<std::thread> pushers;
    for (const std::string* from : {&a.path(), &b.path(), &a.path()})
        pushers.emplace_back([&, from] { sync(*from, team.path()); });
    for (auto& t : pushers)
        t.join();
    Store st = Store::open(team.path());
    QCOMPARE(st.runCount(), 12);
    QCOMPARE(Sql(team.path()).integer("SELECT count(*) FROM experiments"), 1LL);
    QCOMPARE(Sql(team.path()).integer("SELECT count(*) FROM series s WHERE s.count != "
                                      "(SELECT sum(n) FROM chunks c WHERE c.series_id = s.id)"), 0LL);
    QCOMPARE(Sql(team.path()).integer("SELECT sum(count) FROM series"), 12LL * (2100 + 210));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
