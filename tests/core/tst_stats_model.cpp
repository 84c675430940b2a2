// Ridge regression, permutation importance and parameter importance.
//
// Ridge fits are checked against the closed form computed with NumPy (cases in
// tests/data/stats_reference.json, recomputed by tests/python/test_stats_reference.py)
// and against a one-feature case worked out by hand. Permutation and parameter
// importance run on synthetic problems whose important input is known.

#include "TempStore.h"

#include "runlens/stats/LinearFit.h"
#include "runlens/compare/ParamImportance.h"
#include "runlens/compare/PermutationImportance.h"
#include "runlens/stats/RidgeRegression.h"
#include "runlens/model/StoreError.h"

#include <runlens/client.h>

#include <nlohmann/json.hpp>

#include "StatsReference.h"

#include <QTest>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace runlens;
using nlohmann::json;

namespace {

json reference()
{
    return statsReference();
}

bool near(double actual, double expected, double rel, double abs = 0)
{
    return std::fabs(actual - expected) <= std::max(abs, rel * std::fabs(expected));
}

#define CHECK_NEAR(actual, expected, rel)                                                                        \
    QVERIFY2(near((actual), (expected), (rel)),                                                                \
             (std::to_string(actual) + " vs expected " + std::to_string(expected)).c_str())

// y = 3·x0 + 0.5·x1 + 0·x2 + small noise: x0 matters most, x2 not at all.
struct Synthetic {
    RidgeRegression::Columns x{3};
    std::vector<double> y;
};

Synthetic synthetic(int n)
{
    Synthetic s;
    std::mt19937_64 rng(7);
    auto uniform = [&] { return double(rng() % 1000000) / 1e6 - 0.5; };
    for (int i = 0; i < n; ++i) {
        for (auto& column : s.x)
            column.push_back(uniform());
        s.y.push_back(3 * s.x[0].back() + 0.5 * s.x[1].back() + 0.05 * uniform());
    }
    return s;
}

} // namespace

class TestStatsModel : public QObject {
    Q_OBJECT
private slots:
    void ridgeMatchesNumpyClosedForm();
    void ridgeOneFeatureByHand();
    void ridgeConstantFeatureGetsZero();
    void ridgeRejectsBadShapes();
    void leaveOneOutMatchesRefits();
    void chooseLambdaPrefersLessShrinkageOnCleanData();
    void permutationImportanceRanksTheKnownFeatureFirst();
    void permutationImportanceIsDeterministic();
    void permutationOfAGroupMovesItsColumnsTogether();
    void paramImportanceFindsTheParamThatMatters();
    void paramImportanceNeedsEnoughRuns();
    void paramImportanceWarnsWhenParamsExplainNothing();
    void paramImportanceUsesTheBestValueWhenAsked();
    void paramImportanceLeavesOutIdLikeParams();
    void paramImportanceLeavesOutSeedsUnlessAsked();
};

void TestStatsModel::ridgeMatchesNumpyClosedForm()
{
    json ref = reference();
    double rel = ref.at("relative_tolerance");
    QVERIFY(ref.at("ridge").size() >= 2);
    for (const auto& c : ref.at("ridge")) {
        auto x = c.at("columns").get<RidgeRegression::Columns>();
        auto y = c.at("y").get<std::vector<double>>();
        auto model = RidgeRegression::fit(x, y, c.at("lambda").get<double>());
        const auto& e = c.at("expected");
        CHECK_NEAR(model.intercept(), e.at("intercept").get<double>(), rel);
        auto beta = e.at("coefficients").get<std::vector<double>>();
        QCOMPARE(model.coefficients().size(), beta.size());
        for (std::size_t j = 0; j < beta.size(); ++j)
            CHECK_NEAR(model.coefficients()[j], beta[j], rel);
        auto fitted = model.predict(x);
        auto expectedFitted = e.at("fitted").get<std::vector<double>>();
        for (std::size_t i = 0; i < fitted.size(); ++i)
            CHECK_NEAR(fitted[i], expectedFitted[i], rel);
    }
}

void TestStatsModel::ridgeOneFeatureByHand()
{
    // x = 1..4, y = 2, 4, 5, 8. Population sd of x = sqrt(1.25); Σz² = n = 4;
    // Σ z·(y − ȳ) = 9.5 / sqrt(1.25). So β = 9.5 / sqrt(1.25) / (4 + λ).
    std::vector<double> x{1, 2, 3, 4}, y{2, 4, 5, 8};
    for (double lambda : {0.0, 1.0, 10.0}) {
        auto model = RidgeRegression::fit({x}, y, lambda);
        CHECK_NEAR(model.coefficients()[0], 9.5 / std::sqrt(1.25) / (4 + lambda), 1e-14);
        QCOMPARE(model.intercept(), 4.75);
        CHECK_NEAR(model.scales()[0], std::sqrt(1.25), 1e-15);
    }
    // λ = 0 is ordinary least squares: the same line as LinearFit.
    auto ols = RidgeRegression::fit({x}, y, 0.0);
    auto line = LinearFit::fit(x, y);
    auto predicted = ols.predict({{10.0}});
    CHECK_NEAR(predicted[0], line.at(10.0), 1e-13);
    CHECK_NEAR(ols.rSquared({x}, y), line.r2, 1e-13);
}

void TestStatsModel::ridgeConstantFeatureGetsZero()
{
    std::vector<double> x{1, 2, 3, 4}, constant{5, 5, 5, 5}, y{2, 4, 5, 8};
    auto model = RidgeRegression::fit({constant, x}, y, 0.0); // λ = 0 must still solve
    QCOMPARE(model.coefficients()[0], 0.0);
    QCOMPARE(model.scales()[0], 0.0);
    CHECK_NEAR(model.coefficients()[1], 9.5 / std::sqrt(1.25) / 4, 1e-13);
}

void TestStatsModel::ridgeRejectsBadShapes()
{
    std::vector<double> y{1, 2, 3};
    QVERIFY_THROWS_EXCEPTION(StoreError, RidgeRegression::fit({{1, 2}}, y, 1.0));
    QVERIFY_THROWS_EXCEPTION(StoreError, RidgeRegression::fit({{1, 2, 3}}, y, -1.0));
    QVERIFY_THROWS_EXCEPTION(StoreError, RidgeRegression::fit({}, std::vector<double>{}, 1.0));
}

void TestStatsModel::leaveOneOutMatchesRefits()
{
    // loo_mse in the JSON comes from n explicit refits with NumPy; the C++ side uses the
    // hat-matrix shortcut, so agreement checks the shortcut.
    json ref = reference();
    for (const auto& c : ref.at("ridge")) {
        auto x = c.at("columns").get<RidgeRegression::Columns>();
        auto y = c.at("y").get<std::vector<double>>();
        std::vector<double> grid{c.at("lambda").get<double>()};
        auto choice = RidgeRegression::chooseLambda(x, y, grid);
        QCOMPARE(choice.lambda, grid[0]);
        CHECK_NEAR(choice.looMse, c.at("expected").at("loo_mse").get<double>(), 1e-9);
    }
}

void TestStatsModel::chooseLambdaPrefersLessShrinkageOnCleanData()
{
    // Almost noise-free linear data: heavy shrinkage only hurts predictions of unseen
    // points, so the smallest λ of the grid must win.
    auto s = synthetic(40);
    auto choice = RidgeRegression::chooseLambda(s.x, s.y, RidgeRegression::defaultLambdaGrid());
    QVERIFY2(choice.lambda <= 0.1, std::to_string(choice.lambda).c_str());
    std::vector<double> heavy{1000.0};
    QVERIFY(choice.looMse < RidgeRegression::chooseLambda(s.x, s.y, heavy).looMse);
}

void TestStatsModel::permutationImportanceRanksTheKnownFeatureFirst()
{
    auto s = synthetic(60);
    auto model = RidgeRegression::fit(s.x, s.y, 0.1);
    auto pi = PermutationImportance::compute([&](const auto& cols) { return model.predict(cols); }, s.x, s.y,
                                             PermutationImportance::singleColumns(3));
    QCOMPARE(pi.importance.size(), std::size_t(3));
    QVERIFY(pi.importance[0] > pi.importance[1]);
    QVERIFY(pi.importance[1] > pi.importance[2]);
    // Shuffling x0 costs about 2·3²·var(x0) = 2·9/12 = 1.5 in squared error; x2 nothing.
    QVERIFY2(pi.importance[0] > 1.0 && pi.importance[0] < 2.0, std::to_string(pi.importance[0]).c_str());
    QVERIFY(std::fabs(pi.importance[2]) < 0.01 * pi.importance[0]);
    QVERIFY(pi.baselineMse < 0.001);
    QVERIFY(pi.stddev[0] > 0);
}

void TestStatsModel::permutationImportanceIsDeterministic()
{
    auto s = synthetic(30);
    auto model = RidgeRegression::fit(s.x, s.y, 1.0);
    auto predict = [&](const auto& cols) { return model.predict(cols); };
    auto groups = PermutationImportance::singleColumns(3);
    auto a = PermutationImportance::compute(predict, s.x, s.y, groups, {10, 99});
    auto b = PermutationImportance::compute(predict, s.x, s.y, groups, {10, 99});
    auto c = PermutationImportance::compute(predict, s.x, s.y, groups, {10, 100});
    QCOMPARE(a.importance, b.importance);
    QVERIFY(a.importance != c.importance);
    // A group's numbers do not depend on which other groups are measured.
    auto only0 = PermutationImportance::compute(predict, s.x, s.y, {{0}}, {10, 99});
    QCOMPARE(only0.importance[0], a.importance[0]);
}

void TestStatsModel::permutationOfAGroupMovesItsColumnsTogether()
{
    // One-hot columns of a category: y depends on which column is 1. Shuffled together,
    // every row stays a valid one-hot row, and the model's output is a permutation of
    // its fitted values; if they were shuffled separately rows with two 1s would appear.
    std::vector<double> a{1, 0, 0, 1, 0, 0, 1, 0, 0}, b{0, 1, 0, 0, 1, 0, 0, 1, 0}, c{0, 0, 1, 0, 0, 1, 0, 0, 1};
    std::vector<double> y{1, 2, 3, 1, 2, 3, 1, 2, 3};
    RidgeRegression::Columns x{a, b, c};
    std::vector<std::vector<double>> seen;
    auto predict = [&](const RidgeRegression::Columns& cols) {
        for (std::size_t i = 0; i < y.size(); ++i)
            seen.push_back({cols[0][i], cols[1][i], cols[2][i]});
        return std::vector<double>(y.size(), 2.0);
    };
    PermutationImportance::compute(predict, x, y, {{0, 1, 2}}, {5, 1});
    for (const auto& row : seen)
        QCOMPARE(row[0] + row[1] + row[2], 1.0);
}

namespace {

// 30 runs: val/acc = 0.70 + 0.03·depth + optimiser effect + tiny seed noise; batch,
// seed and the rest do not matter. Two more runs never log val/acc.
std::vector<RunRecord> importanceRuns(Store& store)
{
    const char* optimisers[] = {"sgd", "adam", "rmsprop"};
    const double effect[] = {0.0, 0.02, 0.01};
    std::mt19937_64 rng(3);
    for (int i = 0; i < 30; ++i) {
        int depth = 1 + i % 6;
        int opt = (i / 6 + i) % 3;
        std::int64_t batch = std::int64_t(32) << (rng() % 3);
        double noise = double(rng() % 1000) / 1000.0 * 0.004 - 0.002;
        auto run = store.startRun({.name = "r" + std::to_string(i),
                                   .params = {{"depth", depth},
                                              {"optimizer", optimisers[opt]},
                                              {"batch", batch},
                                              {"seed", i},
                                              {"dataset", "digits"},
                                              {"run_label", "label-" + std::to_string(i)}},
                                   .captureEnvironment = false});
        run.logMetric("val/acc", 0.5, 0);
        run.logMetric("val/acc", 0.70 + 0.03 * depth + effect[opt] + noise, 1);
        run.finish();
    }
    for (int i = 0; i < 2; ++i)
        store.startRun({.name = "no-metric", .params = {{"depth", 9}}, .captureEnvironment = false}).finish();
    return store.runs();
}

} // namespace

void TestStatsModel::paramImportanceFindsTheParamThatMatters()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto runs = importanceRuns(store);
    auto pi = ParamImportance::compute(runs, "val/acc");
    QVERIFY2(pi.problem.empty(), pi.problem.c_str());
    QCOMPARE(pi.runsUsed, std::size_t(30));
    QCOMPARE(pi.runsSkipped, std::size_t(2));
    QCOMPARE(pi.constant, std::vector<std::string>{"dataset"});
    QCOMPARE(pi.unique, std::vector<std::string>{"run_label"});
    QCOMPARE(pi.entries.size(), std::size_t(3)); // depth, optimizer, batch; not the seed
    QCOMPARE(pi.repeats, std::vector<std::string>{"seed"});
    QCOMPARE(pi.entries[0].param, std::string("depth"));
    QCOMPARE(pi.entries[1].param, std::string("optimizer"));
    QVERIFY(pi.entries[0].share > 0.8);
    QVERIFY(pi.r2 > 0.95);
    QVERIFY(pi.looR2 > 0.9);
    QVERIFY(pi.warning.empty());

    const auto* depth = pi.find("depth");
    QVERIFY(!depth->categorical);
    QCOMPARE(depth->levels, std::size_t(6));
    QVERIFY(depth->pearson.r > 0.95 && depth->pearson.pValue < 1e-6);
    QVERIFY(depth->spearman.r > 0.9);
    QVERIFY(depth->coefficient > 0); // deeper is better here

    const auto* opt = pi.find("optimizer");
    QVERIFY(opt->categorical);
    QCOMPARE(opt->levels, std::size_t(3));
    QVERIFY(opt->ratio.valid());
    QVERIFY(std::isnan(opt->coefficient));
    QVERIFY(!opt->pearson.valid());

    ParamImportance::Options withSeeds;
    withSeeds.includeRepeatParams = true;
    auto all = ParamImportance::compute(runs, "val/acc", withSeeds);
    QCOMPARE(all.entries.size(), std::size_t(4));
    QVERIFY(all.repeats.empty());
    for (const auto* e : {pi.find("batch"), all.find("seed")}) {
        const char* noise = e->param.c_str();
        QVERIFY2(e->share < 0.02, (std::string(noise) + " share " + std::to_string(e->share)).c_str());
    }
    double shares = 0;
    for (const auto& e : pi.entries)
        shares += e.share;
    QVERIFY(std::fabs(shares - 1.0) < 1e-12);
}

void TestStatsModel::paramImportanceNeedsEnoughRuns()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    for (int i = 0; i < 2; ++i) {
        auto run = store.startRun({.params = {{"lr", 0.1 * (i + 1)}}, .captureEnvironment = false});
        run.logMetric("loss", 1.0 + i, 0);
    }
    auto runs = store.runs();
    auto pi = ParamImportance::compute(runs, "loss");
    QVERIFY(pi.entries.empty());
    QVERIFY(pi.problem.find("at least 3 runs") != std::string::npos);
    QVERIFY(ParamImportance::compute(runs, "missing").problem.find("0 have") != std::string::npos);
}

void TestStatsModel::paramImportanceWarnsWhenParamsExplainNothing()
{
    // The metric is noise that no param explains: the model cannot predict a left-out
    // run, and the result must say so instead of presenting shares as findings.
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::mt19937_64 rng(11);
    for (int i = 0; i < 20; ++i) {
        auto run = store.startRun({.params = {{"a", double(rng() % 100)}, {"b", double(rng() % 100)}},
                                   .captureEnvironment = false});
        run.logMetric("score", double(rng() % 1000) / 1000.0, 0);
    }
    auto pi = ParamImportance::compute(store.runs(), "score");
    QVERIFY2(pi.problem.empty(), pi.problem.c_str());
    QVERIFY2(pi.looR2 <= 0, std::to_string(pi.looR2).c_str());
    QVERIFY(pi.warning.find("no better than its mean") != std::string::npos);
    QCOMPARE(pi.entries.size(), std::size_t(2));
}

void TestStatsModel::paramImportanceUsesTheBestValueWhenAsked()
{
    // The last value is the same everywhere; the best (min, "loss") follows lr.
    TempStore tmp;
    auto store = Store::open(tmp.path());
    for (int i = 0; i < 6; ++i) {
        auto run = store.startRun({.params = {{"lr", 0.01 * (i + 1)}, {"bs", i % 2 ? 32 : 64}},
                                   .captureEnvironment = false});
        run.logMetric("loss", 1.0 - 0.1 * i, 0);
        run.logMetric("loss", 2.0, 1);
    }
    auto runs = store.runs();
    auto last = ParamImportance::compute(runs, "loss");
    QVERIFY(last.problem.find("same value") != std::string::npos);
    ParamImportance::Options options;
    options.pick = CompareValue::Best;
    auto best = ParamImportance::compute(runs, "loss", options);
    QVERIFY2(best.problem.empty(), best.problem.c_str());
    QCOMPARE(best.entries.front().param, std::string("lr"));
    QVERIFY(best.find("lr")->pearson.r < -0.99);
}

void TestStatsModel::paramImportanceLeavesOutIdLikeParams()
{
    // 240 runs built in memory: "bucket" has 120 values (two runs each) — too many to
    // learn from; "x" drives the metric.
    std::vector<RunRecord> runs;
    for (int i = 0; i < 240; ++i) {
        RunRecord r;
        r.uuid = "run" + std::to_string(i);
        r.params = {{"x", double(i % 7)}, {"bucket", "b" + std::to_string(i / 2)}};
        SeriesSummary s;
        s.key = "m";
        s.count = 1;
        s.lastValue = s.minValue = s.maxValue = 2.0 * (i % 7) + 0.01 * (i % 3);
        r.series.push_back(s);
        runs.push_back(r);
    }
    auto pi = ParamImportance::compute(runs, "m");
    QCOMPARE(pi.unique, std::vector<std::string>{"bucket"});
    QCOMPARE(pi.entries.size(), std::size_t(1));
    QCOMPARE(pi.entries[0].param, std::string("x"));
    QCOMPARE(pi.entries[0].share, 1.0);
}

// Two configs, three seeds each, and a seed that happens to line up with the metric:
// weighed, the seed ranks first; it only tells repeats apart, so by default it is left
// out and named, and the config's real param is ranked alone.
void TestStatsModel::paramImportanceLeavesOutSeedsUnlessAsked()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    for (double lr : {0.1, 0.2})
        for (int seed : {1, 2, 3}) {
            auto run = store.startRun({.params = {{"lr", lr}, {"seed", seed}}, .captureEnvironment = false});
            run.logMetric("val/acc", 0.80 + 0.02 * seed + (lr > 0.15 ? 0.005 : 0.0), 0);
            run.finish();
        }
    auto runs = store.runs();
    ParamImportance::Options withSeeds;
    withSeeds.includeRepeatParams = true;
    auto weighed = ParamImportance::compute(runs, "val/acc", withSeeds);
    QCOMPARE(weighed.entries.front().param, std::string("seed")); // what misled before

    auto pi = ParamImportance::compute(runs, "val/acc");
    QCOMPARE(pi.repeats, std::vector<std::string>{"seed"});
    QVERIFY(!pi.find("seed"));
    QCOMPARE(pi.entries.size(), std::size_t(1));
    QCOMPARE(pi.entries.front().param, std::string("lr"));

    // Only the seed varies: nothing to rank, and the reason names it.
    TempStore tmp2;
    auto seedsOnly = Store::open(tmp2.path());
    for (int seed : {1, 2, 3, 4}) {
        auto run = seedsOnly.startRun({.params = {{"lr", 0.1}, {"seed", seed}}, .captureEnvironment = false});
        run.logMetric("val/acc", 0.8 + 0.01 * seed, 0);
        run.finish();
    }
    auto only = ParamImportance::compute(seedsOnly.runs(), "val/acc");
    QVERIFY(only.entries.empty());
    QVERIFY2(only.problem.find("seed") != std::string::npos, only.problem.c_str());
    // An explicit list is taken as given.
    ParamImportance::Options listed;
    listed.params = {"seed"};
    QCOMPARE(ParamImportance::compute(seedsOnly.runs(), "val/acc", listed).entries.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestStatsModel)
#include "tst_stats_model.moc"
