// ImportService: finding formats in a mixed folder, bad paths, file:// input, the
// experiment override, progress, cancelling between runs, and a store that refuses writes.
#include "TempStore.h"
#include "TestPrinters.h"
#include "tst_import_support.h"

#include <runlens/import/ImportService.h>
#include <runlens/client.h>

#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace runlens;
using namespace importtest;

class TestImportService : public QObject {
    Q_OBJECT
private slots:
    void init();
    void findsEveryFormatInAMixedFolder();
    void missingAndUnknownPathsAreProblems();
    void acceptsFileUris();
    void overlappingPathsImportOnce();
    void experimentOverride();
    void progressRisesToOne();
    void cancelStopsBetweenRuns();
    void readOnlyStoreIsAStoreError();

private:
    QTemporaryDir m_dir;
    QString m_mixed;
};

void TestImportService::init()
{
    m_mixed = m_dir.path() + "/mixed";
    QDir(m_mixed).removeRecursively();
    writeFile(m_mixed + "/mlruns/1/meta.yaml", "artifact_location: ./mlruns/1\nexperiment_id: '1'\n"
                                               "lifecycle_stage: active\nname: exp\n");
    writeFile(m_mixed + "/mlruns/1/ffffffffffffffffffffffffffffff01/meta.yaml",
              "run_id: ffffffffffffffffffffffffffffff01\nstatus: 3\nstart_time: 1700000000000\nlifecycle_stage: active\n");
    writeFile(m_mixed + "/mlruns/1/ffffffffffffffffffffffffffffff01/metrics/loss", "1700000000000 1 0\n");
    // Event files among MLflow artifacts belong to that run: not a run of their own.
    writeFile(m_mixed + "/mlruns/1/ffffffffffffffffffffffffffffff01/artifacts/tb/events.out.tfevents.1.x",
              record(tfEvent(1, 0, simpleValue("loss", 1))));
    writeFile(m_mixed + "/tb/run/events.out.tfevents.1.x", record(tfEvent(1, 0, simpleValue("loss", 1))));
    writeFile(m_mixed + "/lightning_logs/version_0/metrics.csv", "epoch,step,loss\n0,0,1\n");
    writeFile(m_mixed + "/keras/training.log", "epoch,loss\n0,1\n1,0.5\n");
    // mlruns/ beside an mlflow.db holds only artifacts: their logs are not runs.
    writeFile(m_mixed + "/db/mlruns/2/eeeeeeeeeeeeeeeeeeeeeeeeeeeeee01/artifacts/training.log", "epoch,loss\n0,1\n");
    writeFile(m_mixed + "/notes.txt", "just notes\n");
    writeFile(m_mixed + "/data.csv", "a,b\n1,2\n");
}

void TestImportService::findsEveryFormatInAMixedFolder()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    ImportService service(store);
    std::vector<ImportProblem> problems;
    auto sources = service.detect({m_mixed.toStdString()}, problems);
    QCOMPARE(sources.size(), std::size_t(4));
    std::multiset<std::string> formats;
    for (const auto& s : sources)
        formats.insert(s.importer->name());
    QCOMPARE(formats, (std::multiset<std::string>{"keras-csv", "lightning-csv", "mlflow", "tensorboard"}));
    auto report = service.run({m_mixed.toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(4));
    QCOMPARE(report.sourcesFound, std::int64_t(4));
    QVERIFY(report.problems.empty());
    QCOMPARE(store.runCount(), std::int64_t(4));
}

void TestImportService::missingAndUnknownPathsAreProblems()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    QDir().mkpath(m_dir.path() + "/empty");
    auto report = ImportService(store).run({(m_dir.path() + "/nope").toStdString(), (m_mixed + "/notes.txt").toStdString(),
                                            (m_dir.path() + "/empty").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(0));
    QCOMPARE(report.problems.size(), std::size_t(3));
    QVERIFY(report.problems[0].message.find("no such") != std::string::npos);
    QVERIFY(report.problems[1].message.find("not a format") != std::string::npos);
    QVERIFY(report.problems[2].message.find("nothing") != std::string::npos);
    QCOMPARE(store.runCount(), std::int64_t(0));
}

void TestImportService::acceptsFileUris()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::string uri = QUrl::fromLocalFile(m_mixed + "/keras/training.log").toString(QUrl::FullyEncoded).toStdString();
    auto report = ImportService(store).run({uri});
    QCOMPARE(report.runsImported, std::int64_t(1));
}

void TestImportService::overlappingPathsImportOnce()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(m_mixed + "/tb/run/events.out.tfevents.1.x").toStdString(),
                                            (m_mixed + "/tb/run").toStdString(), (m_mixed + "/tb").toStdString(),
                                            (m_mixed + "/keras").toStdString(), (m_mixed + "/keras/training.log").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(2));
    QCOMPARE(report.runsAlreadyImported, std::int64_t(0));
    QVERIFY(report.problems.empty());
}

void TestImportService::experimentOverride()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({m_mixed.toStdString()}, {.experiment = "legacy"});
    QCOMPARE(report.runsImported, std::int64_t(4));
    for (const auto& r : store.runs())
        QCOMPARE(r.experiment, std::string("legacy"));
}

void TestImportService::progressRisesToOne()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::vector<double> seen;
    ImportOptions options;
    options.progress = [&](const ImportProgress& p) { seen.push_back(p.fraction); };
    ImportService(store).run({m_mixed.toStdString()}, options);
    QVERIFY(seen.size() >= 4);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);
}

void TestImportService::cancelStopsBetweenRuns()
{
    QString many = m_dir.path() + "/many";
    for (int i = 0; i < 5; ++i)
        writeFile(many + QString("/run%1/events.out.tfevents.1.x").arg(i),
                  record(tfEvent(1, 0, simpleValue("loss", 1))) + record(tfEvent(2, 1, simpleValue("loss", 2))));
    TempStore tmp;
    auto store = Store::open(tmp.path());
    ImportOptions options;
    std::int64_t imported = 0;
    options.progress = [&](const ImportProgress& p) { imported = p.runsImported; };
    options.isCancelled = [&] { return imported >= 2; };
    auto report = ImportService(store).run({many.toStdString()}, options);
    QVERIFY(report.cancelled);
    QCOMPARE(report.runsImported, std::int64_t(2));
    QCOMPARE(store.runCount(), std::int64_t(2));
    // The runs that are there are whole.
    for (const auto& r : store.runs())
        QCOMPARE(store.metric(r.uuid, "loss").size(), std::size_t(2));
    // Importing again picks up the rest.
    auto rest = ImportService(store).run({many.toStdString()});
    QCOMPARE(rest.runsImported, std::int64_t(3));
    QCOMPARE(rest.runsAlreadyImported, std::int64_t(2));
}

void TestImportService::readOnlyStoreIsAStoreError()
{
    TempStore tmp;
    Store::open(tmp.path());
    auto store = Store::open(tmp.path(), Store::Mode::ReadOnly);
    auto report = ImportService(store).run({m_mixed.toStdString()});
    QVERIFY(!report.storeError.empty());
    QCOMPARE(report.runsImported, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_import_service.moc"
