// Bad input gets a clear error and changes nothing (DESIGN.md, reliability rules).
#include "TempStore.h"
#include "TestPrinters.h"

#include <runlens/client.h>

#include <QtTest>

#include <sqlite3.h>
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
    void foreignSqliteFileIsRefused();
    void corruptFileIsRefused();
    void truncatedFileGivesClearError();
    void readOnlyFile();
    void badKeysAreRefused();
    void hugeValues();
    void nonUtf8Values();
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

QTEST_GUILESS_MAIN(TestStoreBadInput)
#include "tst_store_bad_input.moc"
