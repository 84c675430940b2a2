// MLflow file store import: names, statuses, times, params, tags, metrics, parents,
// artifacts, deleted experiments and runs, old and Windows-written stores, fixtures.
#include "TempStore.h"
#include "TestPrinters.h"
#include "tst_import_support.h"

#include <runlens/import/ImportService.h>
#include <runlens/client.h>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace runlens;
using namespace importtest;

class TestImportMlflow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void runsKeepTheirIdsNamesStatusAndTimes();
    void paramsTagsAndMetrics();
    void childRunsKeepTheirParent();
    void deletedRunsAndExperimentsAreReported();
    void artifactsAreCopied();
    void artifactUriOutsideTheImportIsNotFollowed();
    void artifactSymlinksAreReportedNotFollowed();
    void artifactsOverTheCapAreReported();
    void oldAndWindowsStores();
    void damagedFilesAreReported();
    void garbageRunMetaAndHugeStepsAreReported();
    void overlongMetricLinesAreSkipped();
    void secondImportChangesNothing();
    void singleRunFolder();
    void importsEveryFixture();

private:
    void writeRun(const QString& exp, const QString& id, const QString& meta,
                  const std::map<QString, std::string>& files);
    QTemporaryDir m_dir;
    QString m_root;
};

static const char* kParent = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1";
static const char* kChild = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2";
static const char* kDeleted = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa3";

static QString runMeta(const QString& id, const QString& exp, int status, const QString& extra = {})
{
    return QString("artifact_uri: file:///tmp/nowhere/%2/%1/artifacts\nend_time: 1700000005000\n"
                   "entry_point_name: ''\nexperiment_id: '%2'\nlifecycle_stage: active\nrun_id: %1\n"
                   "run_uuid: %1\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: 1700000000500\n"
                   "status: %3\ntags: []\nuser_id: user\n%4")
        .arg(id, exp).arg(status).arg(extra);
}

void TestImportMlflow::writeRun(const QString& exp, const QString& id, const QString& meta,
                                const std::map<QString, std::string>& files)
{
    QString dir = m_root + "/" + exp + "/" + id;
    writeFile(dir + "/meta.yaml", meta.toStdString());
    for (const auto& [name, text] : files)
        writeFile(dir + "/" + name, text);
}

// A small store as MLflow 2.x writes it: experiment 1 with a parent and a child run and
// a deleted run, experiment 2 deleted (moved to .trash).
void TestImportMlflow::init()
{
    m_root = m_dir.path() + "/mlruns";
    QDir(m_root).removeRecursively();
    writeFile(m_root + "/0/meta.yaml", "artifact_location: file:///tmp/mlruns/0\nexperiment_id: '0'\n"
                                       "lifecycle_stage: active\nname: Default\n");
    writeFile(m_root + "/1/meta.yaml", "artifact_location: file:///tmp/mlruns/1\nexperiment_id: '1'\n"
                                       "lifecycle_stage: active\nname: digits\n");
    writeRun("1", kParent, runMeta(kParent, "1", 3, "run_name: sweep\n"),
             {{"params/lr", "0.01"}, {"params/optim/name", "adam"}, {"tags/mlflow.runName", "sweep"},
              {"tags/mlflow.source.git.commit", "abc123"}, {"tags/team", "vision"},
              {"tags/mlflow.note.content", "first try"},
              {"metrics/loss", "1700000001000 0.5 0\n1700000002000 0.25 1\n1700000003000 nan 2\n"},
              {"metrics/val/acc", "1700000001000 0.75 0\r\n1700000002000 inf 1\r\n"},
              {"artifacts/model/MLmodel", "flavors: {}\n"}, {"artifacts/notes.txt", "hello"}});
    writeRun("1", kChild, runMeta(kChild, "1", 4),
             {{"tags/mlflow.runName", "step-1"}, {"tags/mlflow.parentRunId", kParent},
              {"metrics/loss", "1700000004000 2 0\n"}});
    writeRun("1", kDeleted, runMeta(kDeleted, "1", 3, "").replace("lifecycle_stage: active", "lifecycle_stage: deleted"),
             {{"metrics/loss", "1700000004000 2 0\n"}});
    writeFile(m_root + "/.trash/2/meta.yaml", "artifact_location: file:///tmp/mlruns/2\nexperiment_id: '2'\n"
                                              "lifecycle_stage: deleted\nname: old-sweep\n");
    writeRun(".trash/2", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1", runMeta("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1", "2", 3), {});
}

void TestImportMlflow::runsKeepTheirIdsNamesStatusAndTimes()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(2));
    auto parent = store.run(kParent);
    QCOMPARE(parent.uuid, std::string(kParent)); // MLflow's run id is kept as the run id
    QCOMPARE(parent.name, std::string("sweep"));
    QCOMPARE(parent.experiment, std::string("digits"));
    QCOMPARE(statusOf(parent), QStringLiteral("finished"));
    QCOMPARE(parent.startTime, 1700000000.5);
    QCOMPARE(parent.endTime, 1700000005.0);
    QCOMPARE(parent.source, "mlflow:" + std::string(kParent));
    QCOMPARE(parent.gitCommit, std::string("abc123"));
    QCOMPARE(parent.notes, std::string("first try"));
    auto child = store.run(kChild);
    QCOMPARE(child.name, std::string("step-1"));
    QCOMPARE(statusOf(child), QStringLiteral("failed"));
}

void TestImportMlflow::paramsTagsAndMetrics()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(report.params, std::int64_t(2));
    QCOMPARE(report.points, std::int64_t(6));
    auto run = store.run(kParent);
    QCOMPARE(run.params.at("lr").text(), std::string("0.01"));
    QCOMPARE(run.params.at("optim/name").text(), std::string("adam"));
    QCOMPARE(run.tags.at("team"), std::string("vision"));
    auto loss = store.metric(kParent, "loss", "", true);
    QCOMPARE(loss.steps, (std::vector<std::int64_t>{0, 1, 2}));
    QCOMPARE(loss.values[1], 0.25);
    QVERIFY(std::isnan(loss.values[2]));
    QCOMPARE(loss.times[0], 1700000001.0);
    auto acc = store.metric(kParent, "val/acc");
    QCOMPARE(acc.values[0], 0.75);
    QVERIFY(std::isinf(acc.values[1]));
}

void TestImportMlflow::childRunsKeepTheirParent()
{
    // Make the child's folder sort before its parent's: parents must still come first.
    QDir().rename(m_root + "/1/" + kChild, m_root + "/1/0" + QString(kChild).mid(1));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(2));
    QCOMPARE(store.run(kChild).parentUuid, std::string(kParent));
    QVERIFY(store.run(kParent).parentUuid.empty());
}

void TestImportMlflow::deletedRunsAndExperimentsAreReported()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(store.runCount(), std::int64_t(2));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.run(kDeleted));
    int deletedRun = 0, deletedExperiment = 0;
    for (const auto& p : report.problems) {
        deletedRun += p.message.find(kDeleted) != std::string::npos && p.message.find("deleted") != std::string::npos;
        deletedExperiment += p.message.find("old-sweep") != std::string::npos;
    }
    QCOMPARE(deletedRun, 1);
    QCOMPARE(deletedExperiment, 1);
}

void TestImportMlflow::artifactsAreCopied()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(report.artifacts, std::int64_t(2));
    auto artifacts = store.artifacts(kParent);
    QCOMPARE(artifacts.size(), std::size_t(2));
    QCOMPARE(artifacts[0].path, std::string("model/MLmodel"));
    QCOMPARE(artifacts[1].path, std::string("notes.txt"));
    QCOMPARE(artifacts[1].size, std::int64_t(5));
    QCOMPARE(readFile(QString::fromStdString(artifacts[1].filePath)), std::string("hello"));
    // A run without local artifacts keeps where MLflow said they were.
    QCOMPARE(store.run(kChild).tags.at("mlflow.artifactUri"),
             "file:///tmp/nowhere/1/" + std::string(kChild) + "/artifacts");
}

// An imported store is untrusted: artifact_uri: file:///etc once copied /etc/shadow.
// A folder it names outside the import is reported and not read, unless the user
// names that folder (artifactFolder, the CLI's --artifacts-from).
void TestImportMlflow::artifactUriOutsideTheImportIsNotFollowed()
{
    QTemporaryDir outside;
    writeFile(outside.path() + "/secret.txt", "do not copy");
    QString id = "eeeeeeeeeeeeeeeeeeeeeeeeeeeeee01";
    QString meta = runMeta(id, "1", 3).replace(QString("file:///tmp/nowhere/1/%1/artifacts").arg(id),
                                               "file://" + outside.path());
    writeRun("1", id, meta, {{"metrics/loss", "1700000001000 0.5 0\n"}});
    {
        TempStore tmp;
        auto store = Store::open(tmp.path());
        auto report = ImportService(store).run({m_root.toStdString()});
        QCOMPARE(report.runsImported, std::int64_t(3));
        QVERIFY(store.artifacts(id.toStdString()).empty());
        QCOMPARE(store.run(id.toStdString()).tags.at("mlflow.artifactUri"), "file://" + outside.path().toStdString());
        int said = 0;
        for (const auto& p : report.problems)
            said += p.message.find("outside what was imported") != std::string::npos &&
                    p.message.find(outside.path().toStdString()) != std::string::npos;
        QCOMPARE(said, 1);
    }
    TempStore tmp;
    auto store = Store::open(tmp.path());
    ImportOptions options;
    options.artifactFolder = outside.path().toStdString();
    ImportService(store).run({m_root.toStdString()}, options);
    auto artifacts = store.artifacts(id.toStdString());
    QCOMPARE(artifacts.size(), std::size_t(1));
    QCOMPARE(artifacts[0].path, std::string("secret.txt"));
}

void TestImportMlflow::artifactSymlinksAreReportedNotFollowed()
{
    QTemporaryDir outside;
    writeFile(outside.path() + "/secret.txt", "do not copy");
    QString dir = m_root + "/1/" + kParent + "/artifacts";
    QVERIFY(QFile::link(outside.path() + "/secret.txt", dir + "/link.txt"));
    QVERIFY(QFile::link("/dev/zero", dir + "/zero"));
    QVERIFY(QFile::link(outside.path(), dir + "/linked-folder"));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    auto artifacts = store.artifacts(kParent);
    QCOMPARE(artifacts.size(), std::size_t(2)); // model/MLmodel and notes.txt only
    int said = 0;
    for (const auto& p : report.problems)
        said += p.message.find("symlink or special file") != std::string::npos;
    QCOMPARE(said, 3);
}

void TestImportMlflow::artifactsOverTheCapAreReported()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    ImportOptions options;
    options.maxArtifactBytesPerRun = 12; // MLmodel (12 bytes) fits, notes.txt does not
    auto report = ImportService(store).run({m_root.toStdString()}, options);
    auto artifacts = store.artifacts(kParent);
    QCOMPARE(artifacts.size(), std::size_t(1));
    QCOMPARE(artifacts[0].path, std::string("model/MLmodel"));
    int said = 0;
    for (const auto& p : report.problems)
        said += p.path.find("notes.txt") != std::string::npos && p.message.find("cap") != std::string::npos;
    QCOMPARE(said, 1);
}

void TestImportMlflow::oldAndWindowsStores()
{
    // MLflow 1.x: no run_name in meta.yaml, name only in the mlflow.runName tag; metric
    // lines without a step; artifact paths from Windows.
    QString id = "cccccccccccccccccccccccccccccc01";
    QString meta = runMeta(id, "1", 3).replace("file:///tmp/nowhere", "file:///C:/Users/user/mlruns") + "name: ''\n";
    writeRun("1", id, meta, {{"tags/mlflow.runName", "legacy"}, {"metrics/loss", "1500000000000 3.5\n1500000001000 2.5\n"}});
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(3));
    auto run = store.run(id.toStdString());
    QCOMPARE(run.name, std::string("legacy"));
    QCOMPARE(store.metric(run.uuid, "loss").values, (std::vector<double>{3.5, 2.5}));
    QCOMPARE(store.metric(run.uuid, "loss").steps, (std::vector<std::int64_t>{0, 0}));
}

void TestImportMlflow::damagedFilesAreReported()
{
    QString id = "dddddddddddddddddddddddddddddd01";
    writeRun("1", id, runMeta(id, "1", 3), {{"metrics/loss", "1700000001000 0.5 0\ngarbage line here x\n1700000002\n"}});
    QString broken = "dddddddddddddddddddddddddddddd02";
    writeRun("1", broken, "run_id: [unclosed\n", {});
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(3));
    QCOMPARE(store.metric(id.toStdString(), "loss").values, (std::vector<double>{0.5}));
    int lines = 0, meta = 0;
    for (const auto& p : report.problems) {
        lines += p.message.find("2 unreadable lines") != std::string::npos;
        meta += p.path.find(broken.toStdString()) != std::string::npos;
    }
    QCOMPARE(lines, 1);
    QCOMPARE(meta, 1);
}

// A run folder whose meta.yaml is garbage used to vanish without a report line, and a
// step past 2^63 became INT64_MAX.
void TestImportMlflow::garbageRunMetaAndHugeStepsAreReported()
{
    QString garbage = "ffffffffffffffffffffffffffffff01";
    writeRun("1", garbage, "\x01\x02 this is not yaml: [", {{"metrics/loss", "1700000001000 0.5 0\n"}});
    QString id = "ffffffffffffffffffffffffffffff02";
    writeRun("1", id, runMeta(id, "1", 3),
             {{"metrics/loss", "1700000001000 0.5 0\n1700000002000 0.25 99999999999999999999\n1700000003000 abc 2\n"}});
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(store.metric(id.toStdString(), "loss").steps, (std::vector<std::int64_t>{0}));
    int meta = 0, lines = 0;
    for (const auto& p : report.problems) {
        meta += p.path.find(garbage.toStdString()) != std::string::npos && p.message.find("meta.yaml") != std::string::npos;
        lines += p.message.find("2 unreadable lines") != std::string::npos;
    }
    QCOMPARE(meta, 1);
    QCOMPARE(lines, 1);
}

void TestImportMlflow::overlongMetricLinesAreSkipped()
{
    QString id = "dddddddddddddddddddddddddddddd03";
    auto padded = [](std::string line, std::size_t size) { return line + std::string(size - line.size(), ' ') + "\n"; };
    // A line of exactly 4096 bytes is read; one byte more and it is skipped, as is a
    // 5 MB line with no break that would otherwise be held whole.
    writeRun("1", id, runMeta(id, "1", 3),
             {{"metrics/m", padded("1700000001000 1.0 0", 4096) + padded("1700000002000 2.0 1", 4097) +
                                std::string(5 << 20, '7') + "\n1700000003000 3.0 2\n"}});
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(m_root + "/1/" + id).toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(store.metric(id.toStdString(), "m").values, (std::vector<double>{1.0, 3.0}));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY2(report.problems[0].message.find("2 lines longer than 4096 bytes skipped") != std::string::npos,
             report.problems[0].message.c_str());
}

void TestImportMlflow::secondImportChangesNothing()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    ImportService(store).run({m_root.toStdString()});
    auto version = store.dataVersion();
    auto again = ImportService(store).run({m_root.toStdString()});
    QCOMPARE(again.runsImported, std::int64_t(0));
    QCOMPARE(again.runsAlreadyImported, std::int64_t(2));
    QCOMPARE(store.dataVersion(), version);
    QCOMPARE(store.artifacts(kParent).size(), std::size_t(2));
}

void TestImportMlflow::singleRunFolder()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(m_root + "/1/" + kParent).toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(store.run(kParent).experiment, std::string("digits"));
}

// What the fixture stores hold, counted from the files: run folders (meta.yaml with a
// run id, active, in an active experiment), param files and metric lines.
struct Expected {
    std::int64_t runs = 0, params = 0, points = 0;
};

static Expected countFileStores(const QString& root)
{
    Expected e;
    QDirIterator it(root, {"meta.yaml"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString meta = it.next();
        std::string text = readFile(meta);
        QDir runDir = QFileInfo(meta).dir();
        if (text.find("run_uuid:") == std::string::npos || text.find("lifecycle_stage: deleted") != std::string::npos ||
            runDir.path().contains("/.trash/"))
            continue;
        QDir expDir = runDir;
        expDir.cdUp();
        if (readFile(expDir.filePath("meta.yaml")).find("lifecycle_stage: deleted") != std::string::npos)
            continue;
        ++e.runs;
        QDirIterator params(runDir.filePath("params"), QDir::Files, QDirIterator::Subdirectories);
        while (params.hasNext()) {
            params.next();
            ++e.params;
        }
        QDirIterator metrics(runDir.filePath("metrics"), QDir::Files, QDirIterator::Subdirectories);
        while (metrics.hasNext())
            for (const QByteArray& line : QByteArray::fromStdString(readFile(metrics.next())).split('\n'))
                e.points += line.trimmed().isEmpty() ? 0 : 1;
    }
    return e;
}

void TestImportMlflow::importsEveryFixture()
{
    QString fx = fixtures();
    if (fx.isEmpty())
        QSKIP("RUNLENS_FIXTURES is not set or absent (../shared/fixtures): fixture imports not checked");
    QString root = fx + "/mlflow_filestore";
    if (!QFileInfo(root).isDir())
        QSKIP("no mlflow_filestore/ folder in the fixtures");
    Expected e = countFileStores(root);
    QVERIFY(e.runs > 0);
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({root.toStdString()});
    QVERIFY(report.storeError.empty());
    QCOMPARE(report.runsImported, e.runs);
    QCOMPARE(report.params, e.params);
    QCOMPARE(report.points, e.points);
    QVERIFY(report.artifacts > 0);
    for (const auto& run : report.imported) {
        // Event files among a run's artifacts belong to that run, not to new runs.
        QCOMPARE(run.format, std::string("mlflow"));
        QVERIFY(!run.name.empty());
    }
    // The Keras run written on Windows: its artifacts were found beside meta.yaml.
    if (QFileInfo(root + "/10-Academy-Batch-4-Week-4__Swahili-Speech-To-Text").isDir())
        QVERIFY(!store.artifacts("ed05f9cd599442fe9a0c9222184710b8").empty());
    auto again = ImportService(store).run({root.toStdString()});
    QCOMPARE(again.runsImported, std::int64_t(0));
    QCOMPARE(again.runsAlreadyImported, e.runs);
}

QTEST_GUILESS_MAIN(TestImportMlflow)
#include "tst_import_mlflow.moc"
