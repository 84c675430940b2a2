// Per-slice results (SliceTable) and scatter data (ScatterData) over runs logged
// through the C++ client into a temporary store.

#include "TempStore.h"

#include "runlens/compare/ScatterData.h"
#include "runlens/compare/SliceTable.h"

#include <runlens/client.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace runlens;

namespace {

// (key, slice) -> value; slice "" is the overall metric.
using Values = std::map<std::pair<std::string, std::string>, double>;

void logRun(Store& store, const std::string& name, const Values& values,
            const std::map<std::string, ParamValue>& params = {})
{
    auto run = store.startRun({.name = name, .params = params, .captureEnvironment = false});
    for (const auto& [ks, value] : values)
        run.logMetric(ks.first, value, 0, ks.second);
    run.finish();
}

std::vector<RunRecord> byName(const Store& store)
{
    auto runs = store.runs();
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return runs;
}

bool near(double a, double b) { return std::fabs(a - b) < 1e-12; }

// Baseline "a" and candidate "b": b is better overall on both metrics, but class=1
// (accuracy) and night (loss) got worse: the regressions an average hides.
std::vector<RunRecord> slicedRuns(Store& store)
{
    logRun(store, "a", {{{"val/acc", ""}, 0.80}, {{"val/acc", "class=0"}, 0.85}, {{"val/acc", "class=1"}, 0.60},
                        {{"val/acc", "region=eu"}, 0.78}, {{"loss", ""}, 0.50}, {{"loss", "night"}, 0.70},
                        {{"loss", "day"}, 0.45}});
    logRun(store, "b", {{{"val/acc", ""}, 0.85}, {{"val/acc", "class=0"}, 0.90}, {{"val/acc", "class=1"}, 0.55},
                        {{"val/acc", "region=eu"}, 0.80}, {{"val/acc", "class=2"}, 0.70}, {{"loss", ""}, 0.40},
                        {{"loss", "night"}, 0.75}, {{"loss", "day"}, 0.30}});
    return byName(store);
}

} // namespace

class TestCompareSlices : public QObject {
    Q_OBJECT
private slots:
    void rowsCarryOverallAndDelta();
    void flagsSlicesMuchWorseThanOverall();
    void flagsRegressionsThatAveragesHide();
    void rowsFormAFullGrid();
    void sortsWorstSliceFirst();
    void groupsAverageTheirRuns();
    void thresholdsAreOptions();
    void scatterOfNumericParam();
    void scatterOfCategoricalParam();
    void scatterOfTwoMetricsSkipsMissingRuns();
};

void TestCompareSlices::rowsCarryOverallAndDelta()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto table = SliceTable::build(RunGroup::each(slicedRuns(store)));
    QCOMPARE(table.keys(), (std::vector<std::string>{"loss", "val/acc"}));
    QCOMPARE(table.slices("val/acc"), (std::vector<std::string>{"class=0", "class=1", "class=2", "region=eu"}));
    const SliceRow* r = table.find("val/acc", "class=1", 1);
    QVERIFY(r);
    QCOMPARE(r->value, 0.55);
    QCOMPARE(r->overall, 0.85);
    QVERIFY(near(r->gap, 0.30));
    QCOMPARE(r->baseline, 0.60);
    QVERIFY(near(r->delta, -0.05));
    QVERIFY(near(r->relDelta, -0.05 / 0.60));
    QVERIFY(r->change == CompareChange::Worse);
    QVERIFY(r->overallChange == CompareChange::Better);
    const SliceRow* loss = table.find("loss", "day", 1);
    QVERIFY(loss->direction == MetricDirection::Min);
    QVERIFY(near(loss->gap, 0.30 - 0.40)); // better than overall: negative gap
    QVERIFY(loss->change == CompareChange::Better);
}

void TestCompareSlices::flagsSlicesMuchWorseThanOverall()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto table = SliceTable::build(RunGroup::each(slicedRuns(store)));
    // class=1 in a: 0.20 below overall 0.80 > max(0.05, 10 % of 0.80 = 0.08).
    QVERIFY(table.find("val/acc", "class=1", 0)->muchWorseThanOverall);
    // region=eu in a: 0.02 below overall: normal spread.
    QVERIFY(!table.find("val/acc", "region=eu", 0)->muchWorseThanOverall);
    // class=2 in b: 0.15 below 0.85 > 0.085.
    QVERIFY(table.find("val/acc", "class=2", 1)->muchWorseThanOverall);
    // Loss, lower is better: night 0.70 vs overall 0.50 is 0.20 worse > max(0.05, 0.05).
    QVERIFY(table.find("loss", "night", 0)->muchWorseThanOverall);
    QVERIFY(!table.find("loss", "day", 0)->muchWorseThanOverall);
}

void TestCompareSlices::flagsRegressionsThatAveragesHide()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto table = SliceTable::build(RunGroup::each(slicedRuns(store)));
    QVERIFY(table.find("val/acc", "class=1", 1)->regressedWhileOverallImproved);  // 0.60 → 0.55
    QVERIFY(table.find("loss", "night", 1)->regressedWhileOverallImproved);       // 0.70 → 0.75 (min)
    QVERIFY(!table.find("val/acc", "class=0", 1)->regressedWhileOverallImproved); // improved
    QVERIFY(!table.find("loss", "day", 1)->regressedWhileOverallImproved);
    QVERIFY(!table.find("val/acc", "class=1", 0)->regressedWhileOverallImproved); // the baseline itself
    // With b as the baseline, a got worse overall: no "while overall improved" flag.
    auto reverse = SliceTable::build(RunGroup::each(byName(store)), {.baseline = 1});
    for (const auto& row : reverse.rows)
        QVERIFY(!row.regressedWhileOverallImproved);
    auto flagged = table.flagged();
    QVERIFY(std::find(flagged.begin(), flagged.end(), table.find("val/acc", "class=1", 1)) != flagged.end());
    QVERIFY(std::find(flagged.begin(), flagged.end(), table.find("val/acc", "region=eu", 1)) == flagged.end());
}

void TestCompareSlices::rowsFormAFullGrid()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto table = SliceTable::build(RunGroup::each(slicedRuns(store)));
    // 4 acc slices + 2 loss slices, each for 2 columns.
    QCOMPARE(table.rows.size(), std::size_t(12));
    const SliceRow* gap = table.find("val/acc", "class=2", 0); // only b logged class=2
    QVERIFY(gap);
    QCOMPARE(gap->runs, std::size_t(0));
    QVERIFY(std::isnan(gap->value));
    QVERIFY(!gap->muchWorseThanOverall);
    QVERIFY(table.find("val/acc", "class=2", 1)->change == CompareChange::Unknown); // no baseline value
}

void TestCompareSlices::sortsWorstSliceFirst()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto table = SliceTable::build(RunGroup::each(slicedRuns(store)));
    // Default order: per key (loss, then val/acc), largest gap to overall first, NaN last.
    QCOMPARE(table.rows.front().key, std::string("loss"));
    QCOMPARE(table.rows.front().slice, std::string("night"));
    QCOMPARE(table.rows.front().column, std::size_t(1)); // 0.35 worse than 0.40
    auto acc = std::find_if(table.rows.begin(), table.rows.end(), [](const SliceRow& r) { return r.key == "val/acc"; });
    QCOMPARE(acc->slice, std::string("class=1"));
    QCOMPARE(acc->column, std::size_t(1));
    QVERIFY(std::isnan(table.rows.back().gap));
    for (auto it = acc; it + 1 != table.rows.end() && !std::isnan((it + 1)->gap); ++it)
        QVERIFY(it->gap >= (it + 1)->gap);

    table.sort(SliceTable::Order::WorstVsBaseline);
    acc = std::find_if(table.rows.begin(), table.rows.end(), [](const SliceRow& r) { return r.key == "val/acc"; });
    QCOMPARE(acc->slice, std::string("class=1")); // the only acc slice that lost against a
    QCOMPARE(acc->column, std::size_t(1));

    table.sort(SliceTable::Order::ByName);
    QCOMPARE(table.rows[0].slice, std::string("day"));
    QCOMPARE(table.rows[0].column, std::size_t(0));
    QCOMPARE(table.rows[1].column, std::size_t(1));
}

void TestCompareSlices::groupsAverageTheirRuns()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    logRun(store, "a1", {{{"acc", ""}, 0.8}, {{"acc", "s"}, 0.7}}, {{"cfg", "a"}, {"seed", 1}});
    logRun(store, "a2", {{{"acc", ""}, 0.9}, {{"acc", "s"}, 0.8}}, {{"cfg", "a"}, {"seed", 2}});
    logRun(store, "b1", {{{"acc", ""}, 0.95}, {{"acc", "s"}, 0.6}}, {{"cfg", "b"}, {"seed", 1}});
    auto table = SliceTable::build(RunGroup::byParam(byName(store), "cfg"));
    QCOMPARE(table.labels, (std::vector<std::string>{"cfg=a", "cfg=b"}));
    const SliceRow* a = table.find("acc", "s", 0);
    QCOMPARE(a->runs, std::size_t(2));
    QVERIFY(near(a->value, 0.75));
    QVERIFY(near(a->overall, 0.85));
    QVERIFY(table.find("acc", "s", 1)->regressedWhileOverallImproved);
}

void TestCompareSlices::thresholdsAreOptions()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto runs = RunGroup::each(slicedRuns(store));
    SliceTable::Options strict;
    strict.worseAbsolute = 0.01;
    strict.worseRelative = 0.01;
    // region=eu in a is 0.02 below overall: flagged only with the stricter limits.
    QVERIFY(!SliceTable::build(runs).find("val/acc", "region=eu", 0)->muchWorseThanOverall);
    QVERIFY(SliceTable::build(runs, strict).find("val/acc", "region=eu", 0)->muchWorseThanOverall);
    QVERIFY_THROWS_EXCEPTION(StoreError, SliceTable::build(runs, {.baseline = 2}));
}

void TestCompareSlices::scatterOfNumericParam()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    // acc = 0.5 + 2·lr exactly; one run lacks lr, one lacks acc.
    for (double lr : {0.01, 0.05, 0.1, 0.2})
        logRun(store, "lr" + std::to_string(lr), {{{"acc", ""}, 0.5 + 2 * lr}}, {{"lr", lr}});
    logRun(store, "nolr", {{{"acc", ""}, 0.9}});
    logRun(store, "noacc", {{{"loss", ""}, 0.9}}, {{"lr", 0.3}});
    auto runs = store.runs();
    auto d = ScatterData::build(runs, ScatterAxis::param("lr"), ScatterAxis::metric("acc"));
    QVERIFY(!d.categorical);
    QCOMPARE(d.x.size(), std::size_t(4));
    QCOMPARE(d.runIds.size(), std::size_t(4));
    QCOMPARE(d.skipped, std::size_t(2));
    QVERIFY(near(d.fit.slope, 2.0));
    QVERIFY(near(d.fit.intercept, 0.5));
    QVERIFY(near(d.pearson.r, 1.0));
    QVERIFY(near(d.spearman.r, 1.0));
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        QVERIFY(near(d.y[i], 0.5 + 2 * d.x[i]));
        auto run = std::find_if(runs.begin(), runs.end(), [&](const auto& r) { return r.uuid == d.runIds[i]; });
        QCOMPARE(run->params.at("lr").real(), d.x[i]);
    }
}

void TestCompareSlices::scatterOfCategoricalParam()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    logRun(store, "r1", {{{"acc", ""}, 0.80}}, {{"opt", "sgd"}});
    logRun(store, "r2", {{{"acc", ""}, 0.82}}, {{"opt", "sgd"}});
    logRun(store, "r3", {{{"acc", ""}, 0.90}}, {{"opt", "adam"}});
    logRun(store, "r4", {{{"acc", ""}, 0.91}}, {{"opt", "adam"}});
    logRun(store, "r5", {{{"acc", ""}, 0.85}}, {{"opt", 3}}); // a number among text: still a category
    auto d = ScatterData::build(store.runs(), ScatterAxis::param("opt"), ScatterAxis::metric("acc"));
    QVERIFY(d.categorical);
    QCOMPARE(d.categories, (std::vector<std::string>{"3", "adam", "sgd"}));
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        double expected = d.y[i] < 0.84 ? 2 : d.y[i] > 0.86 ? 1 : 0;
        QCOMPARE(d.x[i], expected);
    }
    QVERIFY(d.ratio.valid() && d.ratio.r > 0.9);
    QVERIFY(!d.fit.valid());
    QVERIFY(!d.pearson.valid());
}

void TestCompareSlices::scatterOfTwoMetricsSkipsMissingRuns()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    logRun(store, "r1", {{{"train/loss", ""}, 0.3}, {{"val/loss", ""}, 0.35}});
    logRun(store, "r2", {{{"train/loss", ""}, 0.2}, {{"val/loss", ""}, 0.30}});
    logRun(store, "r3", {{{"train/loss", ""}, 0.1}, {{"val/loss", ""}, std::numeric_limits<double>::quiet_NaN()}});
    logRun(store, "r4", {{{"train/loss", ""}, 0.05}, {{"val/loss", ""}, 0.40}});
    auto d = ScatterData::build(store.runs(), ScatterAxis::metric("train/loss"), ScatterAxis::metric("val/loss"));
    QCOMPARE(d.x.size(), std::size_t(3));
    QCOMPARE(d.skipped, std::size_t(1)); // val/loss NaN
    QVERIFY(d.fit.valid());
    // Best = min for losses.
    auto best = ScatterData::build(store.runs(), ScatterAxis::metric("train/loss", CompareValue::Best),
                                   ScatterAxis::metric("val/loss", CompareValue::Best));
    QCOMPARE(best.x.size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TestCompareSlices)
#include "tst_compare_slices.moc"
