// TensorBoard import: scalars from simple_value and TF2 tensors, hparams, nested log
// folders, damaged files, idempotency, and every event file in the fixtures.
#include "TempStore.h"
#include "TestPrinters.h"
#include "tst_import_support.h"

#include <runlens/import/ImportService.h>
#include <runlens/client.h>

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace runlens;
using namespace importtest;

class TestImportTensorBoard : public QObject {
    Q_OBJECT
private slots:
    void simpleValuesAcrossFiles();
    void tf2TensorScalarsAndSkippedKinds();
    void hparamsBecomeParams();
    void nestedLogDirsBecomeChildRuns();
    void badChecksumKeepsRecordsBefore();
    void truncatedFileKeepsWholeRecords();
    void garbageFileIsReportedNotImported();
    void secondImportChangesNothing();
    void randomDamageNeverCrashes();
    void bigLogsStreamExactly();
    void cancelInsideABigRunWritesNothing();
    void importsEveryFixture();
};

static const ImportedRunInfo* importedFrom(const ImportReport& r, const QString& dir)
{
    QString canon = QFileInfo(dir).canonicalFilePath();
    for (const auto& run : r.imported)
        if (QString::fromStdString(run.path) == canon)
            return &run;
    return nullptr;
}

void TestImportTensorBoard::simpleValuesAcrossFiles()
{
    QTemporaryDir dir;
    QString log = dir.path() + "/logs/run1";
    writeFile(log + "/events.out.tfevents.1000.host.1.0",
              record(fileVersionEvent(1000.0)) + record(tfEvent(1000.5, 0, simpleValue("loss", 1.0f))) +
                  record(tfEvent(1001.0, 1, simpleValue("loss", 0.5f) + simpleValue("acc", 0.25f))));
    // A second file (a resumed writer) continues the same series.
    writeFile(log + "/events.out.tfevents.2000.host.1.1", record(tfEvent(2000.0, 2, simpleValue("loss", 0.25f))));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(dir.path() + "/logs").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(report.points, std::int64_t(4));
    QVERIFY(report.problems.empty());
    auto run = store.run(report.imported.at(0).uuid);
    QCOMPARE(run.name, std::string("run1"));
    QCOMPARE(run.experiment, std::string("logs"));
    QCOMPARE(statusOf(run), QStringLiteral("finished"));
    QCOMPARE(run.startTime, 1000.5);
    QCOMPARE(run.endTime, 2000.0);
    QCOMPARE(run.source, "tensorboard:" + QFileInfo(log).canonicalFilePath().toStdString());
    auto loss = store.metric(run.uuid, "loss", "", true);
    QCOMPARE(loss.steps, (std::vector<std::int64_t>{0, 1, 2}));
    QCOMPARE(loss.values, (std::vector<double>{1.0, 0.5, 0.25}));
    QCOMPARE(loss.times, (std::vector<double>{1000.5, 1001.0, 2000.0}));
    QCOMPARE(store.metric(run.uuid, "acc").values, (std::vector<double>{0.25}));
}

void TestImportTensorBoard::tf2TensorScalarsAndSkippedKinds()
{
    QTemporaryDir dir;
    QString log = dir.path() + "/train";
    std::string bytes = record(fileVersionEvent(10.0));
    bytes += record(tfEvent(10.0, 0, tensorFloatValue("epoch_loss", 0.75f, true)));
    bytes += record(tfEvent(11.0, 1, tensorFloatValue("epoch_loss", 0.5f, false))); // metadata only once
    bytes += record(tfEvent(12.0, 1, tensorDoubleContent("lr", 1e-3)));
    bytes += record(tfEvent(12.0, 1, tensorVector("weights")));
    bytes += record(tfEvent(13.0, 2, tensorVector("weights")));
    writeFile(log + "/events.out.tfevents.10.host.v2", bytes);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({log.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(report.points, std::int64_t(3));
    auto id = report.imported.at(0).uuid;
    QCOMPARE(store.metric(id, "epoch_loss").values, (std::vector<double>{0.75, 0.5}));
    QCOMPARE(store.metric(id, "lr").values, (std::vector<double>{1e-3}));
    QVERIFY(store.metric(id, "weights").empty());
    // The histogram is not silently dropped: the report says what and how many.
    bool reported = false;
    for (const auto& p : report.problems)
        reported |= p.message.find("weights") != std::string::npos && p.message.find("2 values") != std::string::npos;
    QVERIFY(reported);
    // The user gave the log folder itself: the folder around it names the experiment.
    QCOMPARE(store.run(id).experiment, QFileInfo(dir.path()).fileName().toStdString());
}

void TestImportTensorBoard::hparamsBecomeParams()
{
    QTemporaryDir dir;
    QString log = dir.path() + "/lightning_logs/version_0";
    writeFile(log + "/events.out.tfevents.5.host.1.0",
              record(tfEvent(5.0, 0, hparamsSessionStart({{"lr", {HValue::Number, 0.01}},
                                                        {"optimizer", {HValue::Text, 0, "adam"}},
                                                        {"nesterov", {HValue::Bool, 0, {}, true}}}))) +
                  record(tfEvent(6.0, 3, simpleValue("hp_metric", -1.0f))));
    // Lightning's hparams.yaml beside it adds what the plugin lacks; Python objects are
    // skipped, never built.
    writeFile(log + "/hparams.yaml", "lr: 0.01\nbatch_size: 32\nmodel: !!python/object:torch.nn.Linear\n  in: 3\n");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(dir.path() + "/lightning_logs").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    auto run = store.run(report.imported.at(0).uuid);
    QCOMPARE(run.name, std::string("version_0"));
    QCOMPARE(run.params.size(), std::size_t(4));
    QCOMPARE(run.params.at("lr").real(), 0.01);
    QCOMPARE(run.params.at("optimizer").text(), std::string("adam"));
    QCOMPARE(run.params.at("nesterov").text(), std::string("true"));
    QCOMPARE(run.params.at("batch_size").integer(), std::int64_t(32));
    QVERIFY(!run.params.count("model"));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY(report.problems[0].message.find("model") != std::string::npos);
}

void TestImportTensorBoard::nestedLogDirsBecomeChildRuns()
{
    QTemporaryDir dir;
    QString root = dir.path() + "/logs";
    writeFile(root + "/run1/events.out.tfevents.1.a", record(tfEvent(1, 0, simpleValue("loss", 1))));
    writeFile(root + "/run1/eval/events.out.tfevents.1.a", record(tfEvent(1, 0, simpleValue("acc", 1))));
    writeFile(root + "/run2/train/events.out.tfevents.1.a", record(tfEvent(1, 0, simpleValue("loss", 2))));
    writeFile(root + "/run2/validation/events.out.tfevents.1.a", record(tfEvent(1, 0, simpleValue("loss", 3))));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({root.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(4));
    auto run1 = store.run(importedFrom(report, root + "/run1")->uuid);
    auto eval = store.run(importedFrom(report, root + "/run1/eval")->uuid);
    QCOMPARE(eval.parentUuid, run1.uuid);
    QCOMPARE(eval.name, std::string("run1/eval"));
    QVERIFY(run1.parentUuid.empty());
    // run2 holds no events itself: its folders stay top-level runs, grouped by name.
    auto train = store.run(importedFrom(report, root + "/run2/train")->uuid);
    QVERIFY(train.parentUuid.empty());
    QCOMPARE(train.name, std::string("run2/train"));
    QCOMPARE(train.experiment, std::string("logs"));
}

void TestImportTensorBoard::badChecksumKeepsRecordsBefore()
{
    QTemporaryDir dir;
    std::string good;
    for (int i = 0; i < 5; ++i)
        good += record(tfEvent(100 + i, i, simpleValue("loss", float(i))));
    std::size_t third = 2 * record(tfEvent(100, 0, simpleValue("loss", 0))).size();
    std::string bad = good;
    bad[third + 14] ^= 0x40; // a byte inside the third record's data
    writeFile(dir.path() + "/run/events.out.tfevents.1.x", bad);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(report.points, std::int64_t(2));
    QCOMPARE(store.metric(report.imported.at(0).uuid, "loss").steps, (std::vector<std::int64_t>{0, 1}));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY(report.problems[0].message.find("checksum") != std::string::npos);
}

void TestImportTensorBoard::truncatedFileKeepsWholeRecords()
{
    QTemporaryDir dir;
    std::string bytes;
    for (int i = 0; i < 4; ++i)
        bytes += record(tfEvent(100 + i, i, simpleValue("loss", float(i))));
    bytes.resize(bytes.size() - 7); // the writer was killed mid-record
    writeFile(dir.path() + "/run/events.out.tfevents.1.x", bytes);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(report.points, std::int64_t(3));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY(report.problems[0].message.find("cut off") != std::string::npos);
}

void TestImportTensorBoard::garbageFileIsReportedNotImported()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/run/events.out.tfevents.1.x", std::string(100, '\x7f'));
    writeFile(dir.path() + "/empty/events.out.tfevents.1.x", "");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(0));
    QCOMPARE(store.runCount(), std::int64_t(0));
    QVERIFY(report.problems.size() >= 2);
}

void TestImportTensorBoard::secondImportChangesNothing()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/a/events.out.tfevents.1.x", record(tfEvent(1, 0, simpleValue("loss", 1))));
    writeFile(dir.path() + "/b/events.out.tfevents.1.x", record(tfEvent(1, 0, simpleValue("loss", 2))));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto first = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(first.runsImported, std::int64_t(2));
    auto version = store.dataVersion();
    // Another spelling of the same folder is the same source.
    auto second = ImportService(store).run({(dir.path() + "/./a/../").toStdString()});
    QCOMPARE(second.runsImported, std::int64_t(0));
    QCOMPARE(second.runsAlreadyImported, std::int64_t(2));
    QCOMPARE(store.runCount(), std::int64_t(2));
    QCOMPARE(store.dataVersion(), version);
}

// Flipped bytes anywhere, and records whose framing and CRCs are right but whose
// content is garbage: the import reports, keeps what is sound and never crashes.
void TestImportTensorBoard::randomDamageNeverCrashes()
{
    QTemporaryDir dir;
    std::string good = record(fileVersionEvent(1.0));
    for (int i = 0; i < 20; ++i)
        good += record(tfEvent(1.0 + i, i, simpleValue("loss", float(i)) + tensorFloatValue("t", float(i), i == 0) +
                                              hparamsSessionStart({{"lr", {HValue::Number, 0.1}}})));
    QRandomGenerator rng(7);
    for (int n = 0; n < 200; ++n) {
        std::string bytes = good;
        if (n % 2) {
            for (int k = 0; k < 3; ++k)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        } else {
            std::string junk(rng.bounded(1, 60), '\0');
            for (char& c : junk)
                c = char(rng.bounded(256));
            bytes.insert(record(fileVersionEvent(1.0)).size(), record(junk)); // at a record boundary
        }
        writeFile(dir.path() + QString("/run%1/events.out.tfevents.1.x").arg(n), bytes);
    }
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dir.path().toStdString()});
    QVERIFY(report.storeError.empty());
    QVERIFY(report.runsImported > 0);
    QVERIFY(!report.problems.empty());
    for (const auto& info : report.imported) {
        auto run = store.run(info.uuid);
        for (const auto& series : run.series)
            QVERIFY(series.count <= 20);
    }
}

// More points than one streamed batch holds, two interleaved tags and a tag the store
// refuses: every point arrives, in order, and the bad tag is reported.
void TestImportTensorBoard::bigLogsStreamExactly()
{
    QTemporaryDir dir;
    const int n = 300000; // more than one streamed batch (256 Ki points)
    std::string bytes;
    for (int i = 0; i < n; ++i)
        bytes += record(tfEvent(1000.0 + i, i, simpleValue("a", float(i)) + simpleValue(i % 2 ? "b" : "bad\x01tag", float(-i))));
    writeFile(dir.path() + "/big/events.out.tfevents.1.x", bytes);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(report.points, std::int64_t(n + n / 2));
    auto id = report.imported.at(0).uuid;
    auto a = store.metric(id, "a");
    QCOMPARE(a.size(), std::size_t(n));
    bool exact = true;
    for (int i = 0; i < n; ++i)
        exact &= a.steps[std::size_t(i)] == i && a.values[std::size_t(i)] == float(i);
    QVERIFY(exact);
    QCOMPARE(store.metric(id, "b").size(), std::size_t(n / 2));
    QCOMPARE(store.run(id).metric("a")->count, std::int64_t(n));
    QCOMPARE(store.run(id).startTime, 1000.0);
    QCOMPARE(store.run(id).endTime, 1000.0 + n - 1);
    bool reported = false;
    for (const auto& p : report.problems)
        reported |= p.message.find("metric skipped") != std::string::npos;
    QVERIFY(reported);
}

void TestImportTensorBoard::cancelInsideABigRunWritesNothing()
{
    QTemporaryDir dir;
    std::string bytes;
    for (int i = 0; i < 100000; ++i)
        bytes += record(tfEvent(1000.0 + i, i, simpleValue("a", float(i))));
    writeFile(dir.path() + "/big/events.out.tfevents.1.x", bytes);
    writeFile(dir.path() + "/big/events.out.tfevents.2.x", bytes);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    ImportOptions options;
    int calls = 0;
    // Cancel once the first file (already streamed into the open transaction) is read.
    options.progress = [&](const ImportProgress& p) { calls += p.fraction > 0 ? 1 : 0; };
    options.isCancelled = [&] { return calls > 0; };
    auto report = ImportService(store).run({dir.path().toStdString()}, options);
    QVERIFY(report.cancelled);
    QCOMPARE(report.runsImported, std::int64_t(0));
    QCOMPARE(store.runCount(), std::int64_t(0));
    auto again = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(again.points, std::int64_t(200000));
}

// Counts Summary.Values with a simple_value in a TFRecord file, walking the bytes without
// the importer's code: what the fixture files contain.
static std::int64_t countSimpleValues(const std::string& bytes)
{
    auto rd = [](const std::string& s, std::size_t& i) {
        std::uint64_t v = 0;
        for (int shift = 0; i < s.size(); shift += 7) {
            auto b = static_cast<unsigned char>(s[i++]);
            v |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
        }
        return v;
    };
    // Fields of a message: number -> list of length-delimited payloads, plus a flag per number.
    auto fields = [&](const std::string& m, std::multimap<int, std::string>& out) {
        std::size_t i = 0;
        while (i < m.size()) {
            std::uint64_t key = rd(m, i);
            int wt = int(key & 7);
            if (wt == 0) {
                rd(m, i);
                out.emplace(int(key >> 3), "");
            } else if (wt == 1) {
                i += 8;
                out.emplace(int(key >> 3), "");
            } else if (wt == 5) {
                i += 4;
                out.emplace(int(key >> 3), "");
            } else if (wt == 2) {
                std::size_t n = rd(m, i);
                out.emplace(int(key >> 3), m.substr(i, n));
                i += n;
            } else {
                return;
            }
        }
    };
    std::int64_t count = 0;
    std::size_t pos = 0;
    while (pos + 12 <= bytes.size()) {
        std::uint64_t len;
        std::memcpy(&len, bytes.data() + pos, 8);
        std::string data = bytes.substr(pos + 12, len);
        pos += 16 + len;
        std::multimap<int, std::string> ev;
        fields(data, ev);
        auto [b, e] = ev.equal_range(5);
        for (auto it = b; it != e; ++it) {
            std::multimap<int, std::string> summary;
            fields(it->second, summary);
            auto [vb, ve] = summary.equal_range(1);
            for (auto v = vb; v != ve; ++v) {
                std::multimap<int, std::string> value;
                fields(v->second, value);
                count += value.count(2) ? 1 : 0;
            }
        }
    }
    return count;
}

void TestImportTensorBoard::importsEveryFixture()
{
    QString fx = fixtures();
    if (fx.isEmpty())
        QSKIP("RUNLENS_FIXTURES is not set or absent (../shared/fixtures): fixture imports not checked");
    QString root = fx + "/tensorboard";
    if (!QFileInfo(root).isDir())
        QSKIP("no tensorboard/ folder in the fixtures");
    // What the files hold: per log folder, simple values and hparams.yaml keys.
    std::map<QString, std::int64_t> points;
    QDirIterator it(root, {"events.out.tfevents.*"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString file = it.next();
        points[QFileInfo(file).canonicalPath()] += countSimpleValues(readFile(file));
    }
    QVERIFY(!points.empty());
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({root.toStdString()});
    QVERIFY(report.storeError.empty());
    QCOMPARE(report.runsImported, std::int64_t(points.size()));
    std::int64_t total = 0;
    for (const auto& [logDir, expected] : points) {
        const ImportedRunInfo* info = importedFrom(report, logDir);
        QVERIFY2(info, qPrintable(logDir));
        auto run = store.run(info->uuid);
        std::int64_t got = 0;
        for (const auto& s : run.series)
            got += s.count;
        QCOMPARE(got, expected);
        total += expected;
        // Lightning writes the same hparams into the plugin and hparams.yaml.
        QString yaml = logDir + "/hparams.yaml";
        if (QFileInfo(yaml).exists())
            QCOMPARE(int(run.params.size()), topLevelYamlKeys(yaml));
    }
    QCOMPARE(report.points, total);
    std::int64_t params = 0;
    for (const auto& info : report.imported)
        params += std::int64_t(store.run(info.uuid).params.size());
    QCOMPARE(report.params, params); // hparams written twice (resumed runs) count once
    auto again = ImportService(store).run({root.toStdString()});
    QCOMPARE(again.runsImported, std::int64_t(0));
    QCOMPARE(again.runsAlreadyImported, std::int64_t(points.size()));
}

QTEST_GUILESS_MAIN(TestImportTensorBoard)
#include "tst_import_tensorboard.moc"
