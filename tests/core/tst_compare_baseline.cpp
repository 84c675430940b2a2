// The default baseline: the column that can carry a comparison, never a failed or
// diverged run whose NaN would turn every delta and verdict into nothing. One rule
// (core's defaultBaseline) for the Compare window, the report dialog and the CLI.

#include "TempStore.h"

#include "runlens/compare/Comparison.h"
#include "runlens/compare/DefaultBaseline.h"
#include "runlens/demo/DemoData.h"

#include <runlens/client.h>

#include <QTest>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace runlens;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

RunRecord run(const std::string& name, RunStatus status, std::vector<std::pair<std::string, double>> metrics)
{
    RunRecord r;
    r.uuid = name + "-uuid";
    r.name = name;
    r.status = status;
    for (const auto& [key, value] : metrics) {
        SeriesSummary s;
        s.key = key;
        s.count = 1;
        s.lastValue = s.minValue = s.maxValue = value;
        r.series.push_back(s);
    }
    return r;
}

RunGroup group(const std::string& label, std::vector<RunRecord> runs)
{
    RunGroup g;
    g.label = label;
    g.runs = std::move(runs);
    return g;
}

} // namespace

class TestCompareBaseline : public QObject {
    Q_OBJECT
private slots:
    void skipsAFailedDivergedFirstColumn();
    void prefersTheColumnWithMoreUsableRuns();
    void tiesKeepTheOrderShown();
    void aRunWithANonFiniteMetricCannotCarry();
    void slicesDoNotCount();
    void noColumnUsableFallsBackToTheFirst();
    void demoStoreByConfigAvoidsTheDivergedRun();
};

void TestCompareBaseline::skipsAFailedDivergedFirstColumn()
{
    std::vector<RunGroup> columns{
        group("lr=200", {run("lr200", RunStatus::Failed, {{"val/acc", kNaN}, {"train/loss", kInf}})}),
        group("lr=0.1", {run("a", RunStatus::Finished, {{"val/acc", 0.9}, {"train/loss", 0.3}})}),
    };
    QCOMPARE(defaultBaseline(columns), std::size_t(1));
    // And the comparison against it has numbers, not NaN.
    auto cmp = Comparison::build(columns, {.baseline = defaultBaseline(columns)});
    QVERIFY(std::isfinite(cmp.metric("val/acc")->cells[1].value));
}

void TestCompareBaseline::prefersTheColumnWithMoreUsableRuns()
{
    auto ok = [](const std::string& n) { return run(n, RunStatus::Finished, {{"acc", 0.8}}); };
    std::vector<RunGroup> columns{
        group("A", {ok("a1"), run("a2", RunStatus::Failed, {{"acc", 0.8}}), run("a3", RunStatus::Running, {{"acc", 0.8}})}),
        group("B", {ok("b1"), ok("b2")}),
        group("C", {ok("c1"), ok("c2"), run("c3", RunStatus::Finished, {{"acc", kNaN}})}),
    };
    // A has three runs but one usable; B and C two each: B comes first.
    QCOMPARE(defaultBaseline(columns), std::size_t(1));
}

void TestCompareBaseline::tiesKeepTheOrderShown()
{
    auto ok = [](const std::string& n) { return run(n, RunStatus::Finished, {{"acc", 0.8}, {"loss", 0.2}}); };
    std::vector<RunGroup> columns{group("A", {ok("a")}), group("B", {ok("b")}), group("C", {ok("c")})};
    QCOMPARE(defaultBaseline(columns), std::size_t(0));
    // With equal run counts, the column whose runs logged more metrics carries more.
    columns[0].runs[0].series.pop_back();
    QCOMPARE(defaultBaseline(columns), std::size_t(1));
}

void TestCompareBaseline::aRunWithANonFiniteMetricCannotCarry()
{
    QVERIFY(canCarryComparison(run("ok", RunStatus::Finished, {{"acc", 0.8}})));
    QVERIFY(!canCarryComparison(run("inf", RunStatus::Finished, {{"acc", 0.8}, {"loss", kInf}})));
    QVERIFY(!canCarryComparison(run("failed", RunStatus::Failed, {{"acc", 0.8}})));
    QVERIFY(!canCarryComparison(run("crashed", RunStatus::Crashed, {{"acc", 0.8}})));
    QVERIFY(!canCarryComparison(run("silent", RunStatus::Finished, {}))); // nothing to compare
    // The compared value decides: a loss that blew up once but ended finite can carry
    // a comparison of last values, not of max values.
    RunRecord spiky = run("spiky", RunStatus::Finished, {{"loss", 0.4}});
    spiky.series[0].maxValue = kInf;
    QVERIFY(canCarryComparison(spiky, CompareValue::Last));
    QVERIFY(!canCarryComparison(spiky, CompareValue::Max));
}

void TestCompareBaseline::slicesDoNotCount()
{
    RunRecord r = run("r", RunStatus::Finished, {{"acc", 0.8}});
    SeriesSummary slice;
    slice.key = "acc";
    slice.slice = "class=3";
    slice.lastValue = kNaN; // a slice with no data does not disqualify the run
    r.series.push_back(slice);
    QVERIFY(canCarryComparison(r));
}

void TestCompareBaseline::noColumnUsableFallsBackToTheFirst()
{
    std::vector<RunGroup> columns{group("A", {run("a", RunStatus::Failed, {{"acc", kNaN}})}),
                                  group("B", {run("b", RunStatus::Running, {{"acc", 0.5}})})};
    QCOMPARE(defaultBaseline(columns), std::size_t(0));
    QCOMPARE(defaultBaseline({}), std::size_t(0));
}

// The store `runlens demo` makes: a grid of configs with three seeds each, and one
// softmax run at lr=200 that diverges and fails.
void TestCompareBaseline::demoStoreByConfigAvoidsTheDivergedRun()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto summary = DemoData::generate(store);
    QVERIFY(summary.failed >= 1);
    std::vector<RunRecord> trainRuns;
    for (const auto& r : store.runs())
        if (r.params.count("lr"))
            trainRuns.push_back(r);
    auto columns = RunGroup::byConfig(trainRuns);
    std::size_t base = defaultBaseline(columns);
    QVERIFY2(columns[base].label.find("lr=200") == std::string::npos, columns[base].label.c_str());
    QCOMPARE(columns[base].runs.size(), std::size_t(3)); // a full config of seeds
    for (const auto& r : columns[base].runs)
        QVERIFY(r.status == RunStatus::Finished);
    // Every verdict is a test, not "no test": the baseline has values.
    auto cmp = Comparison::build(columns, {.baseline = base});
    const auto* acc = cmp.metric("val/acc");
    QVERIFY(acc);
    for (std::size_t c = 0; c < cmp.columns.size(); ++c)
        if (c != base && cmp.columns[c].runs.size() > 1)
            QVERIFY(acc->cells[c].verdict && acc->cells[c].verdict->kind != Verdict::Kind::NoTest);
}

QTEST_GUILESS_MAIN(TestCompareBaseline)
#include "tst_compare_baseline.moc"
