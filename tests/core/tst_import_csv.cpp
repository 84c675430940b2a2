// Lightning and Keras CSV logs: sparse rows, CRLF and LF, hparams.yaml with Python
// tags, odd cells, cut-off last lines, and every CSV fixture.
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

class TestImportCsv : public QObject {
    Q_OBJECT
private slots:
    void lightningSparseRowsCrlf();
    void lightningHparamsSkipPythonObjects();
    void hparamsAliasBombIsRefused_data();
    void hparamsAliasBombIsRefused();
    void kerasEpochsAreSteps_data();
    void kerasEpochsAreSteps();
    void oddCellsAndCutOffLines();
    void hugeFieldsAndRowsAreRefused_data();
    void hugeFieldsAndRowsAreRefused();
    void secondImportChangesNothing();
    void importsEveryFixture();
};

void TestImportCsv::lightningSparseRowsCrlf()
{
    QTemporaryDir dir;
    QString v0 = dir.path() + "/lightning_logs/version_0";
    writeFile(v0 + "/metrics.csv", "epoch,step,train_loss,val_loss\r\n0,0,1.5,\r\n0,1,1.25,\r\n0,1,,2.5\r\n"
                                   "1,2,1.0,\r\n1,3,0.75,\r\n1,3,,2.0\r\n");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(dir.path() + "/lightning_logs").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QVERIFY(report.problems.empty());
    auto run = store.run(report.imported.at(0).uuid);
    QCOMPARE(run.name, std::string("version_0"));
    QCOMPARE(run.experiment, std::string("lightning_logs"));
    QCOMPARE(store.metric(run.uuid, "train_loss").steps, (std::vector<std::int64_t>{0, 1, 2, 3}));
    QCOMPARE(store.metric(run.uuid, "train_loss").values, (std::vector<double>{1.5, 1.25, 1.0, 0.75}));
    QCOMPARE(store.metric(run.uuid, "val_loss").steps, (std::vector<std::int64_t>{1, 3}));
    QCOMPARE(store.metric(run.uuid, "val_loss").values, (std::vector<double>{2.5, 2.0}));
    // Lightning logs the epoch as a value too, as in TensorBoard; step is the axis.
    QCOMPARE(store.metric(run.uuid, "epoch").size(), std::size_t(6));
    QVERIFY(store.metric(run.uuid, "step").empty());
    QCOMPARE(report.points, std::int64_t(12));
}

void TestImportCsv::lightningHparamsSkipPythonObjects()
{
    QTemporaryDir dir;
    QString v = dir.path() + "/version_3";
    writeFile(v + "/metrics.csv", "epoch,step,loss\n0,9,0.5\n");
    writeFile(v + "/hparams.yaml",
              "lr: 1.0e-05\nlayers: 2\nname: 'mlp'\nshuffle: true\nscheduler: null\nbetas: [0.9, 0.999]\n"
              "optim:\n  kind: sgd\n  momentum: 0.9\n"
              "optimizer: !!python/name:torch.optim.adam.Adam ''\n"
              "metrics: !!python/object:torchmetrics.F1\n  _defaults:\n    fn: !!python/object/apply:os.system\n    - echo pwned\n");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(v + "/metrics.csv").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    auto run = store.run(report.imported.at(0).uuid);
    QCOMPARE(run.name, std::string("version_3"));
    QCOMPARE(run.params.size(), std::size_t(8));
    QCOMPARE(run.params.at("lr").real(), 1e-5);
    QCOMPARE(run.params.at("layers").integer(), std::int64_t(2));
    QCOMPARE(run.params.at("name").text(), std::string("mlp"));
    QCOMPARE(run.params.at("shuffle").text(), std::string("true"));
    QCOMPARE(run.params.at("scheduler").text(), std::string("null"));
    QCOMPARE(run.params.at("betas").text(), std::string("[0.9, 0.999]"));
    QCOMPARE(run.params.at("optim/kind").text(), std::string("sgd"));
    QCOMPARE(run.params.at("optim/momentum").real(), 0.9);
    QVERIFY(!run.params.count("optimizer"));
    QVERIFY(!run.params.count("metrics"));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY(report.problems[0].message.find("optimizer") != std::string::npos);
    QVERIFY(report.problems[0].message.find("metrics") != std::string::npos);
}

// Nine levels of nine aliases: a 1 kB file that expands to 9^9 values. Depth limits
// cannot stop it (it is only nine deep); the import must refuse the file quickly,
// name it, and still import the run's metrics.
void TestImportCsv::hparamsAliasBombIsRefused_data()
{
    QTest::addColumn<QString>("yaml");
    QString seqs = "l0: &l0 [a, a, a, a, a, a, a, a, a]\n";
    QString maps = "l0: &l0 {a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1, h: 1, i: 1}\n";
    for (int level = 1; level < 9; ++level) {
        QString prev = QString("*l%1").arg(level - 1);
        QStringList items, pairs;
        for (int k = 0; k < 9; ++k) {
            items << prev;
            pairs << QString("%1: %2").arg(QChar('a' + k)).arg(prev);
        }
        seqs += QString("l%1: &l%1 [%2]\n").arg(level).arg(items.join(", "));
        maps += QString("l%1: &l%1 {%2}\n").arg(level).arg(pairs.join(", "));
    }
    QTest::newRow("sequences") << seqs;
    QTest::newRow("mappings") << maps;
}

void TestImportCsv::hparamsAliasBombIsRefused()
{
    QFETCH(QString, yaml);
    QTemporaryDir dir;
    QString v = dir.path() + "/version_0";
    writeFile(v + "/metrics.csv", "epoch,step,loss\n0,9,0.5\n");
    writeFile(v + "/hparams.yaml", yaml.toStdString());
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(v + "/metrics.csv").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    auto run = store.run(report.imported.at(0).uuid);
    QVERIFY(run.params.empty());
    QCOMPARE(store.metric(run.uuid, "loss").size(), std::size_t(1));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY(report.problems[0].path.find("hparams.yaml") != std::string::npos);
    QVERIFY2(report.problems[0].message.find("refused") != std::string::npos, report.problems[0].message.c_str());
}

void TestImportCsv::kerasEpochsAreSteps_data()
{
    QTest::addColumn<QString>("newline");
    QTest::newRow("LF") << QString("\n");
    QTest::newRow("CRLF") << QString("\r\n");
}

void TestImportCsv::kerasEpochsAreSteps()
{
    QFETCH(QString, newline);
    QTemporaryDir dir;
    QString text = "epoch,acc,loss,val_acc,val_loss\n0,0.5,1.0,0.4,1.2\n1,0.6,0.8,0.5,1.0\n2,0.7,0.6,nan,0.9\n";
    text.replace("\n", newline);
    writeFile(dir.path() + "/exp/training.log", text.toStdString());
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(dir.path() + "/exp").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    QCOMPARE(report.points, std::int64_t(12));
    auto run = store.run(report.imported.at(0).uuid);
    QCOMPARE(run.name, std::string("training.log"));
    QCOMPARE(run.experiment, std::string("exp"));
    QCOMPARE(store.metric(run.uuid, "loss").steps, (std::vector<std::int64_t>{0, 1, 2}));
    QCOMPARE(store.metric(run.uuid, "val_loss").values, (std::vector<double>{1.2, 1.0, 0.9}));
    QVERIFY(std::isnan(store.metric(run.uuid, "val_acc").values[2]));
    QVERIFY(store.metric(run.uuid, "epoch").empty());
}

void TestImportCsv::oddCellsAndCutOffLines()
{
    QTemporaryDir dir;
    // A list value Keras wrote quoted, a stray text cell, and a last line cut off mid-row.
    writeFile(dir.path() + "/training.log",
              "epoch,loss,lr,per_class\n0,1.0,0.1,\"[0.1, 0.2]\"\n1,oops,0.1,\"[0.3, 0.4]\"\n2,0.5,0.");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(dir.path() + "/training.log").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(1));
    auto id = report.imported.at(0).uuid;
    QCOMPARE(store.metric(id, "loss").values, (std::vector<double>{1.0, 0.5}));
    QCOMPARE(store.metric(id, "lr").values, (std::vector<double>{0.1, 0.1, 0.0}));
    QVERIFY(store.metric(id, "per_class").empty());
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY(report.problems[0].message.find("3 cells") != std::string::npos);
}

void TestImportCsv::hugeFieldsAndRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("message");
    // A quote never closed swallows the rest of the file into one field.
    QTest::newRow("unclosed quote") << ("0,1.0\n1,\"" + QByteArray(3 << 20, 'x')) << QByteArray("line 3: a field longer than 1 MiB");
    // A 1.2 MB line of short fields would become 200 000 strings.
    QTest::newRow("endless row") << ("0,1.0\n" + QByteArray("1,").repeated(200000)) << QByteArray("line 3: more than 100000 fields");
}

void TestImportCsv::hugeFieldsAndRowsAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    writeFile(dir.path() + "/training.log", "epoch,loss\n" + body.toStdString());
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(dir.path() + "/training.log").toStdString()});
    QCOMPARE(report.runsImported, std::int64_t(0));
    QCOMPARE(store.runCount(), std::int64_t(0));
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY2(report.problems[0].message.find(message.toStdString()) != std::string::npos,
             report.problems[0].message.c_str());
}

void TestImportCsv::secondImportChangesNothing()
{
    QTemporaryDir dir;
    writeFile(dir.path() + "/a/training.log", "epoch,loss\n0,1\n");
    writeFile(dir.path() + "/b/version_0/metrics.csv", "epoch,step,loss\n0,0,1\n");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    QCOMPARE(ImportService(store).run({dir.path().toStdString()}).runsImported, std::int64_t(2));
    auto version = store.dataVersion();
    auto again = ImportService(store).run({dir.path().toStdString()});
    QCOMPARE(again.runsImported, std::int64_t(0));
    QCOMPARE(again.runsAlreadyImported, std::int64_t(2));
    QCOMPARE(store.dataVersion(), version);
}

// Non-empty cells outside the step column(s), counted with a plain split: the CSV
// fixtures hold no quoted fields.
static std::int64_t countCells(const QString& path, const QStringList& notMetrics)
{
    QList<QByteArray> lines = QByteArray::fromStdString(readFile(path)).split('\n');
    QList<QByteArray> header = lines.value(0).trimmed().split(',');
    std::int64_t n = 0;
    for (int i = 1; i < lines.size(); ++i) {
        QList<QByteArray> cells = lines[i].trimmed().split(',');
        if (lines[i].trimmed().isEmpty())
            continue;
        for (int c = 0; c < cells.size() && c < header.size(); ++c)
            if (!notMetrics.contains(QString(header[c])) && !cells[c].isEmpty())
                ++n;
    }
    return n;
}

void TestImportCsv::importsEveryFixture()
{
    QString fx = fixtures();
    if (fx.isEmpty())
        QSKIP("RUNLENS_FIXTURES is not set or absent (../shared/fixtures): fixture imports not checked");
    std::int64_t runs = 0, points = 0, params = 0;
    QDirIterator lightning(fx + "/lightning_csv", {"metrics.csv"}, QDir::Files, QDirIterator::Subdirectories);
    while (lightning.hasNext()) {
        QString file = lightning.next();
        ++runs;
        points += countCells(file, {"step"});
        QString yaml = QFileInfo(file).dir().filePath("hparams.yaml");
        if (QFileInfo(yaml).exists())
            params += topLevelYamlKeys(yaml);
    }
    QDirIterator keras(fx + "/keras_csv", {"training.log"}, QDir::Files, QDirIterator::Subdirectories);
    while (keras.hasNext()) {
        ++runs;
        points += countCells(keras.next(), {"epoch"});
    }
    if (runs == 0)
        QSKIP("no CSV logs in the fixtures");
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto report = ImportService(store).run({(fx + "/lightning_csv").toStdString(), (fx + "/keras_csv").toStdString()});
    QVERIFY(report.problems.empty());
    QCOMPARE(report.runsImported, runs);
    QCOMPARE(report.points, points);
    QCOMPARE(report.params, params);
}

QTEST_GUILESS_MAIN(TestImportCsv)
#include "tst_import_csv.moc"
