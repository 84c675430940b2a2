// MLflow SQLite backend import across schema generations (0.9, 1.x, 2.x, 3.x), deleted
// experiments and runs, parent/child, NaN and infinity, damaged files, fixtures.
#include "TempStore.h"
#include "TestPrinters.h"
#include "tst_import_support.h"

#include <runlens/import/ImportService.h>
#include <runlens/client.h>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>

using namespace runlens;
using namespace importtest;

class TestImportMlflowSqlite : public QObject {
    Q_OBJECT
private slots:
    void everySchemaGeneration_data();
    void everySchemaGeneration();
    void sameRunFromFileStoreIsAlreadyThere();
    void damagedDatabasesAreReported();
    void badValuesAndHugeStepsAreReported();
    void importsEveryFixture();
};

static void exec(sqlite3* db, const std::string& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK)
        qFatal("sql failed: %s: %s", err, sql.c_str());
}

static const char* kParent = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeee01";
static const char* kChild = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeee02";
static const char* kDeletedRun = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeee03";
static const char* kInDeletedExperiment = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeee04";

// Tables as MLflow's migrations left them in each generation (only what matters here).
static void writeDatabase(const QString& path, const QString& generation)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    bool v09 = generation == "0.9", v1 = generation == "1.x", v3 = generation == "3.x";
    bool hasStep = !v09, hasNan = !v09 && !v1;
    exec(db, std::string("CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name VARCHAR(256) NOT NULL, "
                         "artifact_location VARCHAR(256), lifecycle_stage VARCHAR(32)") +
                 (v09 || v1 ? "" : ", creation_time BIGINT, last_update_time BIGINT") + ")");
    exec(db, std::string("CREATE TABLE runs (run_uuid VARCHAR(32) PRIMARY KEY, name VARCHAR(250), source_type VARCHAR(20), "
                         "source_name VARCHAR(500), entry_point_name VARCHAR(50), user_id VARCHAR(256), status VARCHAR(9), "
                         "start_time BIGINT, end_time BIGINT, source_version VARCHAR(50), lifecycle_stage VARCHAR(20), "
                         "artifact_uri VARCHAR(200), experiment_id INTEGER") +
                 (v09 || v1 ? "" : ", deleted_time BIGINT") + ")");
    exec(db, "CREATE TABLE tags (key VARCHAR(250), value VARCHAR(5000), run_uuid VARCHAR(32), PRIMARY KEY (key, run_uuid))");
    exec(db, "CREATE TABLE params (key VARCHAR(250), value VARCHAR(500), run_uuid VARCHAR(32), PRIMARY KEY (key, run_uuid))");
    exec(db, std::string("CREATE TABLE metrics (key VARCHAR(250), value FLOAT NOT NULL, timestamp BIGINT, run_uuid VARCHAR(32)") +
                 (hasStep ? ", step BIGINT DEFAULT 0 NOT NULL" : "") + (hasNan ? ", is_nan BOOLEAN DEFAULT 0 NOT NULL" : "") +
                 ")");
    exec(db, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)");
    if (!v09 && !v1)
        exec(db, "CREATE TABLE datasets (dataset_uuid VARCHAR(36), experiment_id INTEGER, name VARCHAR(500))");
    if (v3) {
        exec(db, "CREATE TABLE logged_models (model_id VARCHAR(36) PRIMARY KEY, experiment_id INTEGER, name VARCHAR(500))");
        exec(db, "CREATE TABLE logged_model_metrics (model_id VARCHAR(36), metric_name VARCHAR(500), metric_value FLOAT)");
        exec(db, "ALTER TABLE experiments ADD COLUMN workspace VARCHAR(63) NOT NULL DEFAULT 'default'");
    }
    exec(db, "INSERT INTO experiments(experiment_id, name, artifact_location, lifecycle_stage) VALUES "
             "(0, 'Default', './mlruns/0', 'active'), (1, 'sweep', './mlruns/1', 'active'), (2, 'gone', './mlruns/2', 'deleted')");
    // The child starts before its parent in the table: the importer must reorder.
    auto run = [&](const char* id, const char* name, const char* status, long long start, const char* stage, int exp) {
        exec(db, QString("INSERT INTO runs(run_uuid, name, status, start_time, end_time, lifecycle_stage, artifact_uri, "
                         "experiment_id, source_type, user_id) VALUES ('%1', '%2', '%3', %4, %5, '%6', "
                         "'./mlruns/%7/%1/artifacts', %7, 'LOCAL', 'user')")
                     .arg(id, name, status).arg(start).arg(start + 4000).arg(stage).arg(exp)
                     .toStdString());
    };
    if (v3) {
        // Names are unique per workspace only: the same name in another workspace.
        exec(db, "INSERT INTO experiments(experiment_id, name, artifact_location, lifecycle_stage, workspace) "
                 "VALUES (3, 'sweep', './mlruns/3', 'active', 'team-b')");
        run("eeeeeeeeeeeeeeeeeeeeeeeeeeeeee05", "other", "FINISHED", 1700000003000, "active", 3);
    }
    run(kChild, "", "FAILED", 1700000000000, "active", 1);
    run(kParent, "parent-run", "FINISHED", 1700000001000, "active", 1);
    run(kDeletedRun, "oops", "FINISHED", 1700000002000, "deleted", 1);
    run(kInDeletedExperiment, "old", "FINISHED", 1700000003000, "active", 2);
    exec(db, QString("INSERT INTO tags VALUES ('mlflow.runName', 'child-run', '%1'), ('mlflow.parentRunId', '%2', '%1'), "
                     "('team', 'vision', '%2')").arg(kChild, kParent).toStdString());
    exec(db, QString("INSERT INTO params VALUES ('lr', '0.01', '%1'), ('batch', '32', '%1'), ('lr', '0.1', '%2')")
                 .arg(kParent, kChild).toStdString());
    auto metric = [&](const char* id, const char* key, const char* value, long long ts, int step, int nan) {
        std::string cols = std::string("key, value, timestamp, run_uuid") + (hasStep ? ", step" : "") + (hasNan ? ", is_nan" : "");
        std::string vals = QString("'%1', %2, %3, '%4'").arg(key, value).arg(ts).arg(id).toStdString() +
                           (hasStep ? ", " + std::to_string(step) : "") + (hasNan ? ", " + std::to_string(nan) : "");
        exec(db, "INSERT INTO metrics(" + cols + ") VALUES (" + vals + ")");
    };
    metric(kParent, "loss", "0.5", 1700000001100, 0, 0);
    metric(kParent, "loss", "0.25", 1700000001200, 1, 0);
    metric(kParent, "loss", hasNan ? "0" : "0.125", 1700000001300, 2, hasNan ? 1 : 0); // MLflow stores NaN as 0 + is_nan
    metric(kParent, "acc", "1.7976931348623157e308", 1700000001300, 2, 0);              // +inf, clamped by MLflow
    metric(kChild, "loss", "3", 1700000000100, 0, 0);
    metric(kDeletedRun, "loss", "3", 1700000002100, 0, 0);
    sqlite3_close(db);
}

void TestImportMlflowSqlite::everySchemaGeneration_data()
{
    QTest::addColumn<QString>("generation");
    for (const char* g : {"0.9", "1.x", "2.x", "3.x"})
        QTest::newRow(g) << QString(g);
}

void TestImportMlflowSqlite::everySchemaGeneration()
{
    QFETCH(QString, generation);
    QTemporaryDir dir;
    QString dbPath = dir.path() + "/mlflow.db";
    writeDatabase(dbPath, generation);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(generation == "3.x" ? 3 : 2));
    QCOMPARE(report.params, std::int64_t(3));
    if (generation == "3.x")
        QCOMPARE(store.run("eeeeeeeeeeeeeeeeeeeeeeeeeeeeee05").experiment, std::string("team-b/sweep"));
    QCOMPARE(report.points, std::int64_t(5));
    auto parent = store.run(kParent);
    QCOMPARE(parent.name, std::string("parent-run"));
    QCOMPARE(parent.experiment, std::string("sweep"));
    QCOMPARE(statusOf(parent), QStringLiteral("finished"));
    QCOMPARE(parent.startTime, 1700000001.0);
    QCOMPARE(parent.endTime, 1700000005.0);
    QCOMPARE(parent.params.at("lr").text(), std::string("0.01"));
    QCOMPARE(parent.tags.at("team"), std::string("vision"));
    auto loss = store.metric(kParent, "loss", "", true);
    // Before steps existed MLflow read every point as step 0, and so do we.
    QCOMPARE(loss.steps, generation == "0.9" ? (std::vector<std::int64_t>{0, 0, 0}) : (std::vector<std::int64_t>{0, 1, 2}));
    QCOMPARE(loss.times[1], 1700000001.2);
    QVERIFY(generation == "0.9" || generation == "1.x" ? loss.values[2] == 0.125 : std::isnan(loss.values[2]));
    QVERIFY(std::isinf(store.metric(kParent, "acc").values[0]));
    auto child = store.run(kChild);
    QCOMPARE(child.name, std::string("child-run")); // from the tag when the column is empty
    QCOMPARE(child.parentUuid, std::string(kParent));
    QCOMPARE(statusOf(child), QStringLiteral("failed"));
    bool deletedRun = false, deletedExperiment = false;
    for (const auto& p : report.problems) {
        deletedRun |= p.message.find(kDeletedRun) != std::string::npos;
        deletedExperiment |= p.message.find("'gone'") != std::string::npos && p.message.find("1 runs") != std::string::npos;
    }
    QVERIFY(deletedRun);
    QVERIFY(deletedExperiment);
    QCOMPARE(report.problems.size(), std::size_t(2));
    // The MLflow file is read, never written.
    QCOMPARE(QFileInfo(dbPath + "-journal").exists() || QFileInfo(dbPath + "-wal").exists(), false);
    auto again = ImportService(store).run({dbPath.toStdString()});
    QCOMPARE(again.runsImported, std::int64_t(0));
    QCOMPARE(again.runsAlreadyImported, report.runsImported);
}

void TestImportMlflowSqlite::sameRunFromFileStoreIsAlreadyThere()
{
    QTemporaryDir dir;
    writeDatabase(dir.path() + "/mlflow.db", "2.x");
    QString runDir = dir.path() + "/mlruns/1/" + kParent;
    writeFile(dir.path() + "/mlruns/1/meta.yaml", "artifact_location: ./mlruns/1\nexperiment_id: '1'\nname: sweep\n");
    writeFile(runDir + "/meta.yaml", std::string("run_id: ") + kParent + "\nrun_uuid: " + kParent +
                                         "\nstatus: 3\nstart_time: 1700000001000\nlifecycle_stage: active\n");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto first = ImportService(store).run({(dir.path() + "/mlflow.db").toStdString()});
    QCOMPARE(first.runsImported, std::int64_t(2));
    auto second = ImportService(store).run({(dir.path() + "/mlruns").toStdString()});
    QCOMPARE(second.runsImported, std::int64_t(0));
    QCOMPARE(second.runsAlreadyImported, std::int64_t(1));
}

// SQLite reads text 'abc' as 0 and a REAL step past 2^63 as INT64_MAX: such points used
// to be imported as made-up numbers. They are left out and counted in the report.
void TestImportMlflowSqlite::badValuesAndHugeStepsAreReported()
{
    QTemporaryDir dir;
    QString dbPath = dir.path() + "/mlflow.db";
    writeDatabase(dbPath, "2.x");
    sqlite3* db = nullptr;
    sqlite3_open(dbPath.toUtf8().constData(), &db);
    exec(db, std::string("INSERT INTO metrics(key, value, timestamp, run_uuid, step, is_nan) VALUES "
                         "('loss', 'abc', 1700000001400, '") + kParent + "', 3, 0), ('loss', 0.5, 1700000001500, '" +
                 kParent + "', 1e20, 0), ('loss', 0.75, 1700000001600, '" + kParent + "', 4, 0)");
    sqlite3_close(db);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dbPath.toStdString()});
    auto loss = store.metric(kParent, "loss");
    QCOMPARE(loss.steps, (std::vector<std::int64_t>{0, 1, 2, 4}));
    QCOMPARE(loss.values.back(), 0.75);
    int said = 0;
    for (const auto& p : report.problems)
        said += p.message.find("2 metric points skipped") != std::string::npos;
    QCOMPARE(said, 1);
}

void TestImportMlflowSqlite::damagedDatabasesAreReported()
{
    QTemporaryDir dir;
    writeDatabase(dir.path() + "/full.db", "2.x");
    std::string bytes = readFile(dir.path() + "/full.db");
    writeFile(dir.path() + "/cut/mlflow.db", bytes.substr(0, bytes.size() / 2));
    writeFile(dir.path() + "/junk/mlflow.db", std::string("SQLite format 3") + '\0' + std::string(5000, 'x'));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto cut = ImportService(store).run({(dir.path() + "/cut/mlflow.db").toStdString()});
    QVERIFY(cut.storeError.empty());
    QVERIFY(!cut.problems.empty());
    auto junk = ImportService(store).run({(dir.path() + "/junk/mlflow.db").toStdString()});
    QCOMPARE(junk.runsImported, std::int64_t(0));
    QCOMPARE(junk.problems.size(), std::size_t(1));
    // Whatever was readable is complete: every imported run has all its points.
    for (const auto& info : cut.imported) {
        auto run = store.run(info.uuid);
        for (const auto& s : run.series)
            QCOMPARE(std::int64_t(store.metric(run.uuid, s.key).size()), s.count);
    }
}

struct Expected {
    std::int64_t runs = 0, params = 0, points = 0;
};

static std::int64_t scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    std::int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

// What an mlflow.db holds for live runs in live experiments, counted with plain SQL.
static Expected countDatabase(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(("file:" + path + "?immutable=1").toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    const char* live = "SELECT r.run_uuid FROM runs r JOIN experiments e ON e.experiment_id = r.experiment_id "
                       "WHERE r.lifecycle_stage = 'active' AND e.lifecycle_stage = 'active'";
    Expected e;
    e.runs = scalar(db, (std::string("SELECT count(*) FROM (") + live + ")").c_str());
    e.params = scalar(db, (std::string("SELECT count(*) FROM params WHERE run_uuid IN (") + live + ")").c_str());
    e.points = scalar(db, (std::string("SELECT count(*) FROM metrics WHERE run_uuid IN (") + live + ")").c_str());
    sqlite3_close(db);
    return e;
}

void TestImportMlflowSqlite::importsEveryFixture()
{
    QString fx = fixtures();
    if (fx.isEmpty())
        QSKIP("RUNLENS_FIXTURES is not set or absent (../shared/fixtures): fixture imports not checked");
    QDirIterator it(fx + "/mlflow_sqlite", {"*.db"}, QDir::Files, QDirIterator::Subdirectories);
    int databases = 0;
    while (it.hasNext()) {
        QString path = it.next();
        ++databases;
        Expected e = countDatabase(path);
        QVERIFY(e.runs > 0);
        TempStore tmp;
        auto store = Store::open(tmp.path());
        auto report = ImportService(store).run({path.toStdString()});
        QVERIFY2(report.storeError.empty(), report.storeError.c_str());
        QCOMPARE(report.runsImported, e.runs);
        QCOMPARE(report.params, e.params);
        QCOMPARE(report.points, e.points);
        QCOMPARE(store.runCount(), e.runs);
        for (const auto& p : report.problems)
            QVERIFY2(p.message.find("deleted") != std::string::npos, p.message.c_str());
    }
    if (databases == 0)
        QSKIP("no mlflow.db in the fixtures");
}

QTEST_GUILESS_MAIN(TestImportMlflowSqlite)
#include "tst_import_mlflow_sqlite.moc"
