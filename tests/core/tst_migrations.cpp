// Schema versions: a new file gets the newest schema, an older store is upgraded in
// place with its data intact, and concurrent first opens do not trip over each other.
#include "TempStore.h"
#include "TestPrinters.h"

#include <runlens/client.h>

#include <QtTest>

#include <sqlite3.h>

#include <mutex>
#include <thread>

using namespace runlens;

namespace {

QString schemaFile(const char* name)
{
    return qEnvironmentVariable("RUNLENS_SOURCE_DIR") + "/client/python/runlens/schema/" + name;
}

long long pragma(const std::string& path, const char* name)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &st, nullptr);
    long long v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

double scalar(const std::string& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    double v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_double(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

void exec(const std::string& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err ? err : "");
    sqlite3_close(db);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void newFileGetsTheNewestSchema();
    void versionOneStoreIsUpgradedWithItsData();
    void readOnlyOpenOfAnOldStoreExplains();
    void concurrentFirstOpens();
};

void TestMigrations::newFileGetsTheNewestSchema()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    QCOMPARE(pragma(tmp.path(), "user_version"), (long long)store.schemaVersion());
    QVERIFY(store.schemaVersion() >= 2);
    QCOMPARE(pragma(tmp.path(), "application_id"), 0x524C4E53LL);
    QCOMPARE(pragma(tmp.path(), "page_size"), 16384LL);
}

void TestMigrations::versionOneStoreIsUpgradedWithItsData()
{
    QFile v1(schemaFile("0001_initial.sql"));
    QVERIFY2(v1.open(QIODevice::ReadOnly), qPrintable(v1.fileName()));
    TempStore tmp;
    exec(tmp.path(), v1.readAll() + "\nPRAGMA application_id = 1380732499; PRAGMA user_version = 1;"
                     "INSERT INTO experiments VALUES (1, 'e0', 'old', 0, 0, '');"
                     "INSERT INTO runs(id, uuid, experiment_id, name, status, start_time) "
                     "VALUES (1, '0123456789abcdef0123456789abcdef', 1, 'kept', 'finished', 1.7e9);"
                     "INSERT INTO params VALUES (1, 'lr', 0.5);");
    auto store = Store::open(tmp.path());
    QCOMPARE(pragma(tmp.path(), "user_version"), (long long)store.schemaVersion());
    auto run = store.run("0123456789abcdef0123456789abcdef");
    QCOMPARE(run.name, std::string("kept"));
    QCOMPARE(run.params.at("lr").real(), 0.5);
    // The new tables exist and work.
    exec(tmp.path(), "INSERT INTO metric_directions(key, direction) VALUES ('val/acc', 'max')");
    // Version 3: a value from before edit times counts as written when its run started,
    // and a new one is stamped when it is written.
    QCOMPARE(pragma(tmp.path(), "user_version"), 3LL);
    QCOMPARE(scalar(tmp.path(), "SELECT edited_at FROM params WHERE key = 'lr'"), 1.7e9);
    QVERIFY(scalar(tmp.path(), "SELECT edited_at FROM metric_directions") > 1.7e9);
}

void TestMigrations::readOnlyOpenOfAnOldStoreExplains()
{
    QFile v1(schemaFile("0001_initial.sql"));
    QVERIFY(v1.open(QIODevice::ReadOnly));
    TempStore tmp;
    exec(tmp.path(), v1.readAll() + "\nPRAGMA application_id = 1380732499; PRAGMA user_version = 1;");
    try {
        Store::open(tmp.path(), Store::Mode::ReadOnly);
        QFAIL("an old store cannot be read without an upgrade");
    } catch (const StoreError& e) {
        QVERIFY2(std::string(e.what()).find("must be upgraded") != std::string::npos, e.what());
    }
    QCOMPARE(pragma(tmp.path(), "user_version"), 1LL);
}

void TestMigrations::concurrentFirstOpens()
{
    TempStore tmp;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    std::mutex errorMutex;
    std::string lastError;
    for (int i = 0; i < 6; ++i) {
        threads.emplace_back([&] {
            try {
                Store::open(tmp.path()).startRun().finish();
            } catch (const std::exception& e) {
                std::lock_guard lock(errorMutex);
                lastError = e.what();
                ++failures;
            }
        });
    }
    for (auto& t : threads)
        t.join();
    QVERIFY2(failures.load() == 0, lastError.c_str());
    QCOMPARE(Store::open(tmp.path()).runCount(), std::int64_t(6));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
