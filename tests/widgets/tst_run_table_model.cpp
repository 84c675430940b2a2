// The runs table: model, sorting (numbers as numbers, missing values last), user columns,
// the filters, live merges without resets, and 10 000 runs.

#include "runs/RunFilterProxy.h"
#include "runs/RunHeaderView.h"
#include "runs/RunTableModel.h"
#include "WidgetTestSupport.h"
#include "runlens/query/Query.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <random>

using namespace runlens;

namespace {

std::vector<RunRecord> sampleRuns()
{
    std::vector<RunRecord> runs;
    auto add = [&](const std::string& name, ParamValue lr, double acc, RunStatus status, const std::string& team) {
        RunRecord r = record(std::int64_t(runs.size() + 1), name, status);
        r.params["lr"] = lr;
        r.params["opt"] = "adam";
        if (!team.empty())
            r.tags["team"] = team;
        r.series.push_back(summary("val/acc", acc, acc - 0.2, acc + 0.01));
        runs.push_back(r);
    };
    add("run-10", 0.5, 0.9, RunStatus::Finished, "vision");
    add("run-2", 0.05, 0.7, RunStatus::Running, "nlp");
    add("run-1", 10, 0.8, RunStatus::Crashed, "");
    add("Run-3", "1e-3", 0.95, RunStatus::Failed, "vision"); // a numeric text param, as MLflow imports
    add("run-4", "auto", 0.6, RunStatus::Finished, "");
    RunRecord none = record(6, "run-5");
    none.params["opt"] = "sgd";
    runs.push_back(none); // no lr, no metric
    return runs;
}

QStringList column(const QAbstractItemModel& m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}

} // namespace

class TestRunTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }

    void fixedAndUserColumns()
    {
        RunTableModel model;
        model.setRuns(sampleRuns());
        model.setUserColumns({{RunColumn::Kind::Param, "lr"}, {RunColumn::Kind::Tag, "team"},
                              {RunColumn::Kind::MetricLast, "val/acc"}, {RunColumn::Kind::MetricMin, "val/acc"},
                              {RunColumn::Kind::MetricMax, "val/acc"}});
        QCOMPARE(model.columnCount(), 10);
        QCOMPARE(model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString(), QString("lr"));
        QCOMPARE(model.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(), QString("team"));
        QCOMPARE(model.headerData(6, Qt::Horizontal, RunTableModel::HeaderGroupRole).toString(), QString("Tags"));
        QCOMPARE(model.headerData(8, Qt::Horizontal, Qt::DisplayRole).toString(), QString("val/acc (min)"));
        QCOMPARE(model.index(0, 1).data().toString(), QString("run-10"));
        QCOMPARE(model.index(0, 5).data().toString(), QString("0.5"));
        QCOMPARE(model.index(0, 6).data().toString(), QString("vision"));
        QCOMPARE(model.index(0, 7).data().toString(), QString("0.9"));
        QCOMPARE(model.index(0, 8).data().toString(), QString("0.7"));
        QCOMPARE(model.index(0, 9).data().toString(), QString("0.91"));
        QVERIFY(!model.index(5, 7).data().isValid()); // no such metric: an empty cell
        QCOMPARE(model.index(1, 0).data().toString(), QString("running"));
        QCOMPARE(model.index(2, 0).data().toString(), QString("crashed"));
        QVERIFY(model.index(0, 1).data(Qt::DecorationRole).isValid()); // the run's colour swatch
        QCOMPARE(model.paramKeys(), QStringList({"lr", "opt"}));
        QCOMPARE(model.metricKeys(), QStringList({"val/acc"}));
        // Params that differ between runs are suggested; one that never varies is not.
        auto suggested = model.suggestedColumns();
        QVERIFY(suggested.contains(RunColumn{RunColumn::Kind::Param, "lr"}));
        QVERIFY(suggested.contains(RunColumn{RunColumn::Kind::MetricLast, "val/acc"}));
        // Columns survive a round trip through settings text.
        for (const auto& c : model.userColumns())
            QVERIFY(RunColumn::fromString(c.toString()) == c);
        QVERIFY(!RunColumn::fromString("param:"));
        QVERIFY(!RunColumn::fromString("nonsense:x"));
    }

    // Issue #12, 10: a param lr and a metric lr were both headed "lr". Each header says
    // its group above the key ("Params", "Metrics"), menus and tooltips use the query
    // language's names, and the group is written once over neighbouring columns.
    void paramAndMetricOfOneNameDiffer()
    {
        RunTableModel model;
        std::vector<RunRecord> runs = sampleRuns();
        runs[0].series.push_back(summary("lr", 0.0004, 0.0001, 0.5));
        model.setRuns(runs);
        model.setUserColumns({{RunColumn::Kind::Param, "lr"}, {RunColumn::Kind::Param, "opt"},
                              {RunColumn::Kind::MetricLast, "lr"}, {RunColumn::Kind::MetricMax, "lr"}});
        const int param = 5, metric = 7;
        auto header = [&](int c, int role) { return model.headerData(c, Qt::Horizontal, role).toString(); };
        QCOMPARE(header(param, RunTableModel::HeaderGroupRole), QString("Params"));
        QCOMPARE(header(metric, RunTableModel::HeaderGroupRole), QString("Metrics"));
        QCOMPARE(header(0, RunTableModel::HeaderGroupRole), QString());
        QCOMPARE(header(param, Qt::AccessibleTextRole), QString("params.lr"));
        QCOMPARE(header(metric, Qt::AccessibleTextRole), QString("metrics.lr"));
        QCOMPARE(header(metric + 1, Qt::AccessibleTextRole), QString("metrics.lr (max)"));
        QVERIFY(header(param, Qt::ToolTipRole).startsWith("Parameter lr"));
        QVERIFY(header(metric, Qt::ToolTipRole).startsWith("Last value of the metric lr"));
        QCOMPARE(model.index(0, metric).data().toString(), QString("0.0004"));

        QTableView table;
        auto* head = new RunHeaderView(&table);
        table.setHorizontalHeader(head);
        table.setModel(&model);
        table.resize(1200, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(head->startsGroup(param));
        QVERIFY(!head->startsGroup(param + 1)); // "Params" once over lr and opt
        // Still a header to sort by: a click on a section sorts the table.
        table.setSortingEnabled(true);
        const int x = head->sectionViewportPosition(metric) + head->sectionSize(metric) / 2;
        QTest::mouseClick(head->viewport(), Qt::LeftButton, {}, QPoint(x, head->height() / 2));
        QCOMPARE(head->sortIndicatorSection(), metric);
        QVERIFY(head->startsGroup(metric));
        QVERIFY(!head->startsGroup(1));
        // Two lines: the group's over the key's.
        QVERIFY(head->height() >= 2 * QFontMetrics(head->font()).height());
        // Moved, the metric next to the param still starts its own group; hidden
        // columns do not count.
        head->moveSection(head->visualIndex(metric), head->visualIndex(param) + 1);
        QVERIFY(head->startsGroup(metric));
        QVERIFY(head->startsGroup(param + 1)); // opt follows the metric now
        head->setSectionHidden(metric, true);
        head->setSectionHidden(metric + 1, true);
        QVERIFY(!head->startsGroup(param + 1));
    }

    void sortsNumbersAsNumbersAndMissingLast()
    {
        RunTableModel model;
        model.setRuns(sampleRuns());
        model.setUserColumns({{RunColumn::Kind::Param, "lr"}, {RunColumn::Kind::MetricLast, "val/acc"}});
        RunFilterProxy proxy(&model);
        proxy.sort(5, Qt::AscendingOrder);
        // 1e-3 (text that is a number) < 0.05 < 0.5 < 10, then text, then the run without lr.
        QCOMPARE(column(proxy, 5), QStringList({"1e-3", "0.05", "0.5", "10", "auto", ""}));
        proxy.sort(5, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 5), QStringList({"auto", "10", "0.5", "0.05", "1e-3", ""}));
        proxy.sort(6, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 6), QStringList({"0.95", "0.9", "0.8", "0.7", "0.6", ""}));
        proxy.sort(6, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 6), QStringList({"0.6", "0.7", "0.8", "0.9", "0.95", ""}));
        // Names in natural order, case ignored: run-2 before run-10.
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 1), QStringList({"run-1", "run-2", "Run-3", "run-4", "run-5", "run-10"}));
        // Status: running first, then the ones that need a look.
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0).mid(0, 3), QStringList({"running", "crashed", "failed"}));
        // Duration: numbers, not text ("100 s" would sort before "20 s").
        proxy.sort(4, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 1).first(), QString("run-10"));
        QCOMPARE(column(proxy, 1).last(), QString("run-5"));
    }

    void filters()
    {
        RunTableModel model;
        model.setRuns(sampleRuns());
        RunFilterProxy proxy(&model);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setQuery(Query::parse("params.lr < 0.1"));
        QCOMPARE(proxy.rowCount(), 2); // 0.05 and "1e-3"
        proxy.setQuery(Query::parse("tags.team = vision and metrics.`val/acc` > 0.9"));
        QCOMPARE(column(proxy, 1), QStringList({"Run-3"}));
        proxy.setQuery({});
        proxy.setStatuses({RunStatus::Running, RunStatus::Crashed});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatuses({});
        proxy.setText("RUN-1");
        QCOMPARE(column(proxy, 1), QStringList({"run-10", "run-1"})); // substring, case ignored
        proxy.setText("nlp"); // tags are searched too
        QCOMPARE(column(proxy, 1), QStringList({"run-2"}));
        proxy.setText({});

        auto runs = sampleRuns();
        runs[0].archived = true;
        runs[1].experiment = "other";
        model.setRuns(runs);
        QCOMPARE(proxy.rowCount(), 5); // archived runs are hidden
        proxy.setShowArchived(true);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setExperiment("other");
        QCOMPARE(column(proxy, 1), QStringList({"run-2"}));
        proxy.setExperiment({});
        proxy.setShowArchived(false);
        proxy.setArchivedExperiments({"other"}); // runs of archived experiments hide too
        QCOMPARE(proxy.rowCount(), 4);
    }

    void mergesWithoutReset()
    {
        RunTableModel model;
        const auto base = sampleRuns();
        model.setRuns(base);
        RunFilterProxy proxy(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto runs = base;
        runs[1].status = RunStatus::Finished;       // changed
        runs[1].series[0].count = 20;
        runs.erase(runs.begin() + 3);               // removed
        runs.push_back(record(42, "new-run"));      // inserted
        auto result = model.mergeRuns(runs);
        QCOMPARE(result.changed, 1);
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.removed, 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.runById(QString::fromStdString(runs[1].uuid))->status == RunStatus::Finished, true);
        QVERIFY(model.rowOf(QString::fromStdString(record(42, "").uuid)) >= 0);
        // The same runs again: nothing to tell.
        changed.clear();
        result = model.mergeRuns(runs);
        QCOMPARE(result.changed + result.inserted + result.removed, 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(proxy.rowCount(), 6);
    }

    void dragsRunIds()
    {
        RunTableModel model;
        model.setRuns(sampleRuns());
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 1), model.index(0, 2), model.index(2, 1)}));
        QCOMPARE(data->text(), QString::fromStdString(sampleRuns()[0].uuid + "\n" + sampleRuns()[2].uuid));
    }

    void tenThousandRuns()
    {
        std::mt19937 rng(5);
        std::uniform_real_distribution<double> u(0, 1);
        std::vector<RunRecord> runs;
        const char* teams[] = {"vision", "nlp", "speech"};
        for (int i = 0; i < 10000; ++i) {
            RunRecord r = record(i + 1, "run-" + std::to_string(i), RunStatus(i % 5));
            r.params["lr"] = std::pow(10.0, -4 + 4 * u(rng));
            r.params["batch"] = std::int64_t(16 << (i % 4));
            r.tags["team"] = teams[i % 3];
            r.series.push_back(summary("loss", u(rng), 0, 1));
            runs.push_back(std::move(r));
        }
        RunTableModel model;
        model.setRuns(runs);
        model.setUserColumns({{RunColumn::Kind::Param, "lr"}, {RunColumn::Kind::MetricLast, "loss"}});
        RunFilterProxy proxy(&model);
        QCOMPARE(proxy.rowCount(), 10000);
        Query q = Query::parse("params.lr < 0.01 and tags.team = nlp");
        int expected = 0;
        for (const auto& r : runs)
            expected += q.matches(r) ? 1 : 0;
        proxy.setQuery(q);
        QCOMPARE(proxy.rowCount(), expected);
        QVERIFY(expected > 100);
        proxy.sort(6, Qt::AscendingOrder);
        double previous = -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            double v = proxy.index(row, 6).data(RunTableModel::SortRole).toDouble();
            QVERIFY(v >= previous);
            previous = v;
        }
        proxy.setText("run-99");
        QCOMPARE(proxy.rowCount() <= 111, true);
    }
};

QTEST_MAIN(TestRunTableModel)
#include "tst_run_table_model.moc"
