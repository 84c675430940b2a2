// Bad input gets a clear error and changes nothing (DESIGN.md, reliability rules).
#include "TempStore.h"
#include "TestPrinters.h"

#include <runlens/client.h>

#include <QtTest>

#include <runlens/store/StorePath.h>

#include <QDir>
#include <QDirIterator>

#include <sqlite3.h>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>

using namespace runlens;

namespace {

QByteArray readAll(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const std::string& path, const QByteArray& bytes)
{
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void sql(const std::string& path, const char* text)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, text, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

// Expects fn to throw a StoreError whose message contains `needle`.
template <typename Fn>
void expectError(Fn fn, const char* needle)
{
    try {
        fn();
        QFAIL(qPrintable(QStringLiteral("expected an error containing '%1'").arg(needle)));
    } catch (const StoreError& e) {
        QVERIFY2(std::string(e.what()).find(needle) != std::string::npos, e.what());
    }
}

} // namespace

class TestStoreBadInput : public QObject {
    Q_OBJECT
private slots:
    void newerSchemaIsRefusedUnchanged();
    void urlIsNotTakenForAPath();
    void foreignSqliteFileIsRefused();
    void corruptFileIsRefused();
    void damageThatNamesALockIsDamage();
    void lockHeldBrieflyIsWaitedOn();
    void truncatedFileGivesClearError();
    void readOnlyFile();
    void badKeysAreRefused();
    void hugeValues();
    void nonUtf8Values();
    void chunkClaimingMorePointsThanItHolds();
    void chunkWithShortBlobAtTheEnd();
    void artifactsMustBeRegularFiles();
};

void TestStoreBadInput::newerSchemaIsRefusedUnchanged()
{
    TempStore tmp;
    { Store::open(tmp.path()).startRun().finish(); }
    sql(tmp.path(), "PRAGMA user_version = 99");
    QByteArray before = readAll(tmp.path());
    expectError([&] { Store::open(tmp.path()); }, "newer than this Runlens");
    expectError([&] { Store::open(tmp.path(), Store::Mode::ReadOnly); }, "schema version 99");
    QCOMPARE(readAll(tmp.path()), before);
}

void TestStoreBadInput::urlIsNotTakenForAPath()
{
    // Taken for a path, "s3://…" made a folder "s3:" and a new SQLite file in it. A
    // scheme Runlens does not know is refused; the message names the scheme and never
    // the password. postgresql:// and postgres:// are PostgreSQL stores: a server that
    // is not there is a connection error, and nothing is created either.
    QTemporaryDir dir;
    QString old = QDir::currentPath();
    QDir::setCurrent(dir.path());
    for (const char* url : {"mysql://alice:s3cret@db.lab/team", "s3://bucket/x.db"}) {
        try {
            Store::open(url);
            QFAIL(url);
        } catch (const StoreError& e) {
            std::string m = e.what();
            QCOMPARE(e.kind(), StoreError::Kind::File);
            QVERIFY2(m.find("is not a store location") != std::string::npos, e.what());
            QVERIFY2(m.find("s3cret") == std::string::npos, e.what());
        }
    }
    expectError([] { Store::open("mysql://alice:s3cret@db.lab/team"); }, "'mysql://alice@db.lab/team'");
    expectError([] { Store::openExisting("ftp://db.lab/team"); }, "not ftp:// URLs");
    // A socket folder that does not exist: libpq fails at once, without a network.
    for (const char* url : {"postgresql://alice:s3cret@/team?host=/nonexistent-runlens&password=s3cret",
                            "postgres://alice:s3cret@/team?host=/nonexistent-runlens"}) {
        try {
            Store::openExisting(url);
            QFAIL(url);
        } catch (const StoreError& e) {
            std::string m = e.what();
            QCOMPARE(e.kind(), StoreError::Kind::Connection);
            QVERIFY2(m.find("cannot connect to the PostgreSQL store") != std::string::npos, e.what());
            QVERIFY2(m.find("s3cret") == std::string::npos, e.what());
            QVERIFY2(m.find('\n') == std::string::npos, e.what());
        }
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    // Paths that merely contain a colon stay paths.
    QTemporaryDir ok;
    Store::open((ok.path() + "/runs:v2.db").toStdString()).startRun().finish();
    QDir::setCurrent(old);
}

void TestStoreBadInput::foreignSqliteFileIsRefused()
{
    TempStore tmp;
    sql(tmp.path(), "CREATE TABLE mine(x); INSERT INTO mine VALUES (1)");
    QByteArray before = readAll(tmp.path());
    expectError([&] { Store::open(tmp.path()); }, "not a Runlens store");
    QCOMPARE(readAll(tmp.path()), before);
}

void TestStoreBadInput::corruptFileIsRefused()
{
    TempStore tmp;
    QByteArray junk(8192, 'x');
    writeAll(tmp.path(), junk);
    expectError([&] { Store::open(tmp.path()); }, "damaged or not a database");
    QCOMPARE(readAll(tmp.path()), junk);
}

// Found by the store_open fuzz target: a schema whose broken entry is an index named
// "..._locked_idx" made Store::open read "locked" in the message and wait 10 s for a lock
// that did not exist. Damage is damage (Kind::File, exit 2), whatever words it contains.
void TestStoreBadInput::damageThatNamesALockIsDamage()
{
    TempStore tmp;
    sql(tmp.path(), "PRAGMA page_size=512; CREATE TABLE runs(id INTEGER PRIMARY KEY, uuid TEXT);"
                    "CREATE INDEX runs_locked_idx ON runs(uuid);");
    sql(tmp.path(), "PRAGMA writable_schema=ON;"
                    "UPDATE sqlite_master SET sql='CREATE INDEX runs_locked_idx ON runs(' "
                    "WHERE name='runs_locked_idx';");
    QByteArray before = readAll(tmp.path());
    try {
        Store::open(tmp.path());
        QFAIL("a damaged schema was opened");
    } catch (const StoreError& e) {
        QVERIFY2(std::string(e.what()).find("runs_locked_idx") != std::string::npos, e.what());
        QCOMPARE(e.kind(), StoreError::Kind::File);
    }
    QCOMPARE(readAll(tmp.path()), before);
}

// A lock held by another process is the one error worth waiting on: Store::open tries
// again, and succeeds once the other writer lets go.
void TestStoreBadInput::lockHeldBrieflyIsWaitedOn()
{
    TempStore tmp;
    { Store::open(tmp.path()); }
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(tmp.path().c_str(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    std::thread release([other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    });
    try {
        Store store = Store::open(tmp.path());
        QVERIFY(!store.isReadOnly());
    } catch (const StoreError& e) {
        release.join();
        sqlite3_close(other);
        QFAIL(e.what());
    }
    release.join();
    sqlite3_close(other);
}

void TestStoreBadInput::truncatedFileGivesClearError()
{
    TempStore tmp;
    {
        auto store = Store::open(tmp.path());
        auto run = store.startRun();
        for (int i = 0; i < 200000; ++i)
            run.logMetric("x", i);
        run.finish();
    }
    QByteArray full = readAll(tmp.path());
    QVERIFY(full.size() > 1 << 20);
    writeAll(tmp.path(), full.left(full.size() / 3));
    QFile::remove(QString::fromStdString(tmp.path() + "-wal"));
    QFile::remove(QString::fromStdString(tmp.path() + "-shm"));
    // Opening may succeed (the header is intact); reading what is gone must fail
    // with a message, never crash or return made-up points.
    try {
        auto store = Store::open(tmp.path(), Store::Mode::ReadOnly);
        auto runs = store.runs();
        for (const auto& r : runs)
            store.metric(r.uuid, "x");
        QFAIL("reading a truncated store must fail");
    } catch (const StoreError& e) {
        QVERIFY2(std::string(e.what()).find("damaged") != std::string::npos, e.what());
    }
}

void TestStoreBadInput::readOnlyFile()
{
    TempStore tmp;
    { Store::open(tmp.path()).startRun().finish(); }
    // A store opened read-only refuses writes with a message and keeps its bytes.
    auto ro = Store::open(tmp.path(), Store::Mode::ReadOnly);
    QByteArray before = readAll(tmp.path());
    expectError([&] { ro.startRun(); }, "read-only");
    expectError([&] { ro.renameRun(ro.runs().front().uuid, "x"); }, "read-only");
    QCOMPARE(readAll(tmp.path()), before);
    if (geteuid() == 0)
        QSKIP("root ignores file permissions; a 0444 file cannot be seen as read-only as root");
    chmod(tmp.path().c_str(), 0444);
    expectError([&] { Store::open(tmp.path()); }, "read-only");
    QCOMPARE(Store::open(tmp.path(), Store::Mode::ReadOnly).runs().size(), std::size_t(1));
}

void TestStoreBadInput::badKeysAreRefused()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    expectError([&] { run.logMetric("", 1.0); }, "is empty");
    expectError([&] { run.logMetric("bad\xff", 1.0); }, "not valid UTF-8");
    expectError([&] { run.logMetric(std::string(300, 'k'), 1.0); }, "limit is 250");
    expectError([&] { run.logParam("", 1); }, "is empty");
    expectError([&] { run.setTag("a\nb", "v"); }, "control character");
    expectError([&] { run.logMetric("ok", 1.0, 0, "\xc0\xaf"); }, "not valid UTF-8"); // overlong
    run.finish();
    auto r = store.run(run.id());
    QVERIFY(r.series.empty());
    QVERIFY(r.params.empty());
    QVERIFY(r.tags.empty());
}

void TestStoreBadInput::hugeValues()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    std::string threeMb(3u << 20, 'a');
    run.setTag("big", threeMb);
    expectError([&] { run.setTag("huge", std::string(10u << 20, 'b')); }, "limit is 8 MiB");
    expectError([&] { run.logParams({{"ok", 1}, {"huge", std::string(10u << 20, 'b')}}); }, "limit is 8 MiB");
    run.finish();
    auto r = store.run(run.id());
    QCOMPARE(r.tags.at("big").size(), threeMb.size());
    QCOMPARE(r.tags.count("huge"), std::size_t(0));
    QVERIFY(r.params.empty()); // the batch with a bad value wrote none of its params
}

void TestStoreBadInput::nonUtf8Values()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    expectError([&] { run.setTag("k", "\xfe\xff"); }, "not valid UTF-8");
    run.setTag("k", "ünïcødé ✓");
    run.finish();
    QCOMPARE(store.run(run.id()).tags.at("k"), std::string("ünïcødé ✓"));
}

// A chunk's n and its blobs are separate columns: a damaged store can claim more points
// than the blobs hold. Reading must refuse that chunk with the run and series named,
// never read past the blob, and leave the other series readable.
void TestStoreBadInput::chunkClaimingMorePointsThanItHolds()
{
    TempStore tmp;
    auto writer = Store::open(tmp.path());
    auto run = writer.startRun();
    std::string uuid = run.id();
    for (int i = 0; i < 10; ++i) {
        run.logMetric("loss", 1.0 / (i + 1), i);
        run.logMetric("acc", i / 10.0, i);
    }
    run.flush();
    sql(tmp.path(), "UPDATE chunks SET n = 1000000 WHERE series_id = (SELECT id FROM series WHERE key = 'loss')");
    auto store = Store::open(tmp.path());
    const RunRecord record = store.run(uuid);
    const SeriesSummary* loss = record.metric("loss");
    QVERIFY(loss);
    expectError([&] { store.metric(uuid, "loss", {}, true); }, "series 'loss' of run ");
    expectError([&] { store.metric(uuid, "loss"); }, "damaged");
    expectError([&] { store.seriesTail(loss->seriesId, 0); }, "claims 1000000 points");
    QCOMPARE(store.metric(uuid, "acc", {}, true).size(), std::size_t(10));
    // Appending to the damaged series is refused and the chunk is left as it was.
    run.logMetric("loss", 0.5, 10);
    expectError([&] { run.flush(); }, "damaged");
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(tmp.path().c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT n FROM chunks WHERE series_id = (SELECT id FROM series WHERE key = 'loss')", -1, &st,
                       nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int64(st, 0), sqlite3_int64(1000000));
    QCOMPARE(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

// The other shapes of the same damage: a blob cut short, a count of zero or below.
void TestStoreBadInput::chunkWithShortBlobAtTheEnd()
{
    TempStore tmp;
    std::string uuid;
    {
        auto store = Store::open(tmp.path());
        auto run = store.startRun();
        uuid = run.id();
        for (int i = 0; i < 5; ++i)
            run.logMetric("loss", i, i);
        run.finish();
    }
    sql(tmp.path(), "UPDATE chunks SET times = substr(times, 1, 12)");
    auto store = Store::open(tmp.path());
    QCOMPARE(store.metric(uuid, "loss").size(), std::size_t(5)); // times not read, steps and values intact
    expectError([&] { store.metric(uuid, "loss", {}, true); }, "12 bytes");
    sql(tmp.path(), "PRAGMA ignore_check_constraints = 1; UPDATE series SET count = 4611686018427387904");
    QCOMPARE(store.metric(uuid, "loss").size(), std::size_t(5)); // the summary's count is only a hint
    sql(tmp.path(), "PRAGMA ignore_check_constraints = 1; UPDATE chunks SET n = -3");
    expectError([&] { store.metric(uuid, "loss"); }, "claims -3 points");
}

// /dev/zero copied without end, a FIFO blocked forever. Only regular files are copied
// (a symlink to one is fine); a refused artifact leaves no .tmp-* file behind.
void TestStoreBadInput::artifactsMustBeRegularFiles()
{
    TempStore tmp;
    std::string dir = tmp.dir().toStdString();
    std::string fifo = dir + "/pipe", link = dir + "/zero", file = dir + "/model.txt", good = dir + "/link.txt";
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    QCOMPARE(::symlink("/dev/zero", link.c_str()), 0);
    writeAll(file, "abc");
    QCOMPARE(::symlink(file.c_str(), good.c_str()), 0);
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    for (const std::string& source : {fifo, link, std::string("/dev/zero"), dir})
        expectError([&] { run.logArtifact(source); }, "not a regular file");
    run.logArtifact(good);
    run.finish();
    auto arts = store.artifacts(run.id());
    QCOMPARE(arts.size(), std::size_t(1));
    QCOMPARE(arts[0].size, std::int64_t(3));
    QDirIterator it(QString::fromStdString(StorePath::artifactRoot(tmp.path())), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << QFileInfo(it.next()).fileName();
    QCOMPARE(files, QStringList{"link.txt"});
}

QTEST_GUILESS_MAIN(TestStoreBadInput)
#include "tst_store_bad_input.moc"
