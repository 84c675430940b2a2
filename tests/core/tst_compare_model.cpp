// The comparison model: metric directions (name rule and the user's choice kept in the
// store), verdict sentences, and side-by-side comparisons of runs and groups of runs.

#include "TempStore.h"

#include "runlens/compare/Comparison.h"
#include "runlens/store/MetricDirectionStore.h"
#include "runlens/stats/StatsFormat.h"
#include "runlens/compare/Verdict.h"
#include "runlens/model/TextRules.h"

#include <runlens/client.h>

#include <sqlite3.h>

#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

using namespace runlens;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// The two groups of the first Welch case of tests/data/stats_reference.json:
// scipy.stats.ttest_ind(b, a, equal_var=False) gives p = 0.002751631717037616.
const std::vector<double> kA{0.887, 0.879, 0.893, 0.884, 0.892}; // mean 0.887
const std::vector<double> kB{0.912, 0.905, 0.921, 0.899, 0.923}; // mean 0.912

std::string logRun(Store& store, const std::string& name, const std::map<std::string, ParamValue>& params,
                   const std::map<std::string, double>& metrics)
{
    auto run = store.startRun({.name = name, .params = params, .captureEnvironment = false});
    for (const auto& [key, value] : metrics) {
        run.logMetric(key, value * 0.5, 0); // an earlier, different value: last ≠ min/max
        run.logMetric(key, value, 1);
    }
    run.finish();
    return run.id();
}

std::string text(CompareChange c) { return std::string(compareChangeName(c)); }

RunRecord record(const std::string& name, const std::string& commit, const std::string& host, double duration)
{
    RunRecord r;
    r.uuid = name + "-uuid";
    r.name = name;
    r.experiment = "exp";
    r.status = RunStatus::Finished;
    r.gitCommit = commit;
    r.host = host;
    r.startTime = 1000;
    r.endTime = 1000 + duration;
    return r;
}

} // namespace

class TestCompareModel : public QObject {
    Q_OBJECT
private slots:
    void nameRuleFollowsTheStorageFormat();
    void betterAndWorseFollowTheDirection();
    void directionStoreRemembersTheUsersChoice();
    void directionStoreRejectsBadKeysAndReadOnlyStores();
    void verdictSentences();
    void verdictNeedsTwoRunsPerGroup();
    void verdictRespectsAlpha();
    void numbersAreFormattedToTellValuesApart();
    void comparisonOfSingleRuns();
    void comparisonUsesTheUsersDirection();
    void comparisonOfSeedGroups();
    void neutralMetricsAreNeverBetterOrWorse();
    void marksFollowTheVerdict();
    void runInfoDiff();
    void groupingHelpers();
    void badBaselineIsRefused();
};

void TestCompareModel::nameRuleFollowsTheStorageFormat()
{
    for (const char* key : {"train/loss", "val_error", "err_rate", "val/MSE", "mae", "RMSE", "perplexity",
                            "val_loss", "Loss", "test/WER", "cer", "nll/loss_2"})
        QVERIFY2(directionFromName(key) == MetricDirection::Min, key);
    for (const char* key : {"val/acc", "f1", "auc", "bleu", "top1_accuracy", "val/Acc5", "mAP", "iou", "dice",
                            "precision", "recall", "r2", "val/f1"})
        QVERIFY2(directionFromName(key) == MetricDirection::Max, key);
    // No natural direction: neither better nor worse until the user says so. Whole
    // components only: "terrain" holds "err", "lr_schedule" nothing known.
    for (const char* key : {"train/lr", "epoch", "step", "time", "epoch_time", "reward", "terrain", "grad_norm",
                            "lossy_ratio", "accel"})
        QVERIFY2(directionFromName(key) == MetricDirection::Neutral, key);
    QCOMPARE(std::string(directionName(MetricDirection::Min)), std::string("min"));
    QVERIFY(parseDirection("max") == MetricDirection::Max);
    QVERIFY(!parseDirection("MAX").has_value());
    // The rule lowers ASCII only, whatever the locale: UTF-8 bytes pass unchanged.
    QCOMPARE(TextRules::asciiLower("Val/LOSS-Ärger_9"), std::string("val/loss-Ärger_9"));
    QVERIFY(directionFromName("VAL/ÄRGER_LOSS") == MetricDirection::Min);
}

void TestCompareModel::betterAndWorseFollowTheDirection()
{
    QVERIFY(isBetter(MetricDirection::Max, 0.9, 0.8));
    QVERIFY(isBetter(MetricDirection::Min, 0.8, 0.9));
    QVERIFY(!isBetter(MetricDirection::Max, kNaN, 0.8));
    QVERIFY(!isBetter(MetricDirection::Max, 0.8, kNaN));
    QCOMPARE(text(compareChange(MetricDirection::Max, 0.8, 0.9)), std::string("better"));
    QCOMPARE(text(compareChange(MetricDirection::Min, 0.8, 0.9)), std::string("worse"));
    QCOMPARE(text(compareChange(MetricDirection::Min, 0.8, kNaN)), std::string("unknown"));
    // A mean computed in another order differs in the last bit: that is not "worse".
    QCOMPARE(text(compareChange(MetricDirection::Max, 0.1 + 0.2, 0.3)), std::string("same"));
    QCOMPARE(shortfall(MetricDirection::Max, 0.7, 0.9), 0.9 - 0.7);
    QCOMPARE(shortfall(MetricDirection::Min, 0.7, 0.9), 0.7 - 0.9);
}

void TestCompareModel::directionStoreRemembersTheUsersChoice()
{
    TempStore tmp;
    {
        auto store = Store::open(tmp.path());
        MetricDirectionStore directions(store);
        QVERIFY(directions.of("val/acc") == MetricDirection::Max); // name rule
        QVERIFY(!directions.chosen("val/acc").has_value());
        directions.set("val/acc", MetricDirection::Min);
        directions.set("epoch_time", MetricDirection::Max);
        directions.set("epoch_time", MetricDirection::Min); // replaces, no duplicate
        QVERIFY(directions.of("val/acc") == MetricDirection::Min);
    }
    // Another connection (the next app start) sees the same choices.
    auto store = Store::open(tmp.path());
    MetricDirectionStore directions(store);
    auto all = directions.load();
    QCOMPARE(all.chosen().size(), std::size_t(2));
    QVERIFY(all.of("val/acc") == MetricDirection::Min);
    QVERIFY(all.isChosen("epoch_time"));
    QVERIFY(all.of("train/loss") == MetricDirection::Min); // not chosen: name rule
    QVERIFY(!all.isChosen("train/loss"));
    directions.clear("val/acc");
    QVERIFY(directions.of("val/acc") == MetricDirection::Max);
    QCOMPARE(directions.load().chosen().size(), std::size_t(1));

    // The stored text is the contract of docs/storage-format.md: 'min' / 'max'.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(tmp.path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT key, direction FROM metric_directions", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))), std::string("epoch_time"));
    QCOMPARE(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))), std::string("min"));
    QCOMPARE(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

void TestCompareModel::directionStoreRejectsBadKeysAndReadOnlyStores()
{
    TempStore tmp;
    {
        auto store = Store::open(tmp.path());
        MetricDirectionStore directions(store);
        QVERIFY_THROWS_EXCEPTION(StoreError, directions.set("", MetricDirection::Min));
        QVERIFY_THROWS_EXCEPTION(StoreError, directions.set(std::string(251, 'k'), MetricDirection::Min));
        QVERIFY_THROWS_EXCEPTION(StoreError, directions.set("bad\x01key", MetricDirection::Min));
        QVERIFY(directions.load().chosen().empty());
        directions.set("acc", MetricDirection::Min);
    }
    auto readOnly = Store::open(tmp.path(), Store::Mode::ReadOnly);
    MetricDirectionStore directions(readOnly);
    QVERIFY(directions.of("acc") == MetricDirection::Min); // reading works
    try {
        directions.set("acc", MetricDirection::Max);
        QFAIL("a read-only store accepted a write");
    } catch (const StoreError& e) {
        QVERIFY(e.kind() == StoreError::Kind::File);
    }
    QVERIFY(directions.of("acc") == MetricDirection::Min);
}

void TestCompareModel::verdictSentences()
{
    Verdict::Options seeds;
    seeds.noun = "seeds";
    auto v = Verdict::decide("val/acc", MetricDirection::Max, "A", kA, "B", kB, seeds);
    QVERIFY(v.kind == Verdict::Kind::CandidateBetter);
    QCOMPARE(v.sentence, std::string("B beats A on val/acc (0.912 vs 0.887, p = 0.003, 5 vs 5 seeds)"));
    QVERIFY(std::fabs(v.test.pValue - 0.002751631717037616) < 1e-12);

    // The same numbers for a loss: lower is better, so the baseline wins.
    auto loss = Verdict::decide("val/loss", MetricDirection::Min, "A", kA, "B", kB, seeds);
    QVERIFY(loss.kind == Verdict::Kind::BaselineBetter);
    QCOMPARE(loss.sentence, std::string("A beats B on val/loss (0.887 vs 0.912, p = 0.003, 5 vs 5 seeds)"));

    // Third Welch case of the reference file: p = 0.7063 (scipy.stats.ttest_ind).
    auto noise = Verdict::decide("val/acc", MetricDirection::Max, "A", std::vector<double>{0.52, 0.61, 0.47}, "B",
                                 std::vector<double>{0.55, 0.49, 0.63}, seeds);
    QVERIFY(noise.kind == Verdict::Kind::InsideNoise);
    QCOMPARE(noise.sentence, std::string("the difference on val/acc is inside the noise (p = 0.71, 3 vs 3 seeds)"));

    // Second case: unequal sizes, p = 0.0509 — just above 0.05, so inside the noise.
    auto unequal = Verdict::decide("score", MetricDirection::Max, "A", std::vector<double>{1.2, 1.9, 0.7, 1.5}, "B",
                                   std::vector<double>{2.1, 3.9, 1.0, 4.2, 2.8, 3.3, 0.9});
    QCOMPARE(unequal.sentence, std::string("the difference on score is inside the noise (p = 0.051, 7 vs 4 runs)"));
}

void TestCompareModel::verdictNeedsTwoRunsPerGroup()
{
    Verdict::Options seeds;
    seeds.noun = "seeds";
    auto v = Verdict::decide("val/acc", MetricDirection::Max, "A", kA, "B", std::vector<double>{0.95}, seeds);
    QVERIFY(v.kind == Verdict::Kind::NoTest);
    QVERIFY(!v.test.valid());
    QCOMPARE(v.sentence,
             std::string("no test is possible on val/acc with 1 vs 5 seeds (a test needs at least 2 per group)"));
    // A diverged (NaN) seed does not count.
    auto nan = Verdict::decide("val/acc", MetricDirection::Max, "A", std::vector<double>{0.8, kNaN}, "B", kB);
    QVERIFY(nan.kind == Verdict::Kind::NoTest);
}

void TestCompareModel::verdictRespectsAlpha()
{
    Verdict::Options lenient;
    lenient.alpha = 0.10;
    auto v = Verdict::decide("score", MetricDirection::Max, "A", std::vector<double>{1.2, 1.9, 0.7, 1.5}, "B",
                             std::vector<double>{2.1, 3.9, 1.0, 4.2, 2.8, 3.3, 0.9}, lenient);
    QVERIFY(v.kind == Verdict::Kind::CandidateBetter);
    QCOMPARE(v.sentence, std::string("B beats A on score (2.60 vs 1.32, p = 0.051, 7 vs 4 runs)"));
}

void TestCompareModel::numbersAreFormattedToTellValuesApart()
{
    QCOMPARE(StatsFormat::number(0.91234), std::string("0.912"));
    QCOMPARE(StatsFormat::number(1234.6), std::string("1235")); // never rounds to "1.23e+03"
    QCOMPARE(StatsFormat::number(1.5e-5), std::string("1.50e-05"));
    QCOMPARE(StatsFormat::number(kNaN), std::string("nan"));
    auto [a, b] = StatsFormat::pair(0.9121, 0.9125);
    QCOMPARE(a, std::string("0.9121"));
    QCOMPARE(b, std::string("0.9125"));
    QCOMPARE(StatsFormat::pValue(0.0004), std::string("p < 0.001"));
    QCOMPARE(StatsFormat::pValue(0.0031), std::string("p = 0.003"));
    QCOMPARE(StatsFormat::pValue(0.049), std::string("p = 0.049"));
    QCOMPARE(StatsFormat::pValue(0.41), std::string("p = 0.41"));
    QCOMPARE(StatsFormat::duration(45), std::string("45 s"));
    QCOMPARE(StatsFormat::duration(725), std::string("12 min 05 s"));
    QCOMPARE(StatsFormat::duration(7390), std::string("2 h 03 min"));
}

void TestCompareModel::comparisonOfSingleRuns()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    logRun(store, "base", {{"lr", 0.1}, {"epochs", 20}}, {{"val/acc", 0.80}, {"train/loss", 0.50}});
    logRun(store, "cand", {{"lr", 0.01}, {"epochs", 20}}, {{"val/acc", 0.88}, {"train/loss", 0.60}, {"f1", 0.7}});
    auto runs = store.runs();
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    auto cmp = Comparison::build(RunGroup::each(runs), {.baseline = 0});
    QCOMPARE(cmp.labels(), (std::vector<std::string>{"base", "cand"}));

    QVERIFY(cmp.param("lr")->differs);
    QVERIFY(!cmp.param("epochs")->differs);
    QCOMPARE(cmp.param("lr")->cells[1].text, std::string("0.01"));
    QCOMPARE(cmp.param("lr")->cells[1].number, 0.01);

    const auto* acc = cmp.metric("val/acc");
    QVERIFY(acc->direction == MetricDirection::Max);
    QCOMPARE(acc->cells[1].last, 0.88);
    QCOMPARE(acc->cells[1].min, 0.44);
    QCOMPARE(acc->cells[1].best, 0.88);
    QVERIFY(std::fabs(acc->cells[1].delta - 0.08) < 1e-12);
    QVERIFY(std::fabs(acc->cells[1].relDelta - 0.10) < 1e-12);
    QCOMPARE(text(acc->cells[1].change), std::string("better"));
    QCOMPARE(text(acc->cells[0].change), std::string("same"));
    QVERIFY(!acc->cells[1].verdict.has_value()); // single runs: nothing to test

    const auto* loss = cmp.metric("train/loss");
    QVERIFY(loss->direction == MetricDirection::Min);
    QCOMPARE(loss->cells[1].best, 0.30); // min, the earlier point
    QCOMPARE(text(loss->cells[1].change), std::string("worse"));

    const auto* f1 = cmp.metric("f1"); // only the candidate has it
    QCOMPARE(f1->cells[0].runs, std::size_t(0));
    QCOMPARE(text(f1->cells[1].change), std::string("unknown"));

    // Comparing best values instead of last ones.
    auto best = Comparison::build(RunGroup::each(runs), {.baseline = 0, .pick = CompareValue::Best});
    QCOMPARE(best.metric("train/loss")->cells[1].value, 0.30);
    QCOMPARE(text(best.metric("train/loss")->cells[1].change), std::string("worse"));
}

void TestCompareModel::comparisonUsesTheUsersDirection()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    logRun(store, "a", {}, {{"calibration_gap", 0.10}});
    logRun(store, "b", {}, {{"calibration_gap", 0.05}});
    auto runs = store.runs();
    std::sort(runs.begin(), runs.end(), [](const auto& x, const auto& y) { return x.name < y.name; });
    auto byName = Comparison::build(RunGroup::each(runs));
    // The name says nothing about a direction: a difference, neither better nor worse.
    QVERIFY(byName.metric("calibration_gap")->direction == MetricDirection::Neutral);
    QCOMPARE(text(byName.metric("calibration_gap")->cells[1].change), std::string("differs"));
    QVERIFY(byName.metric("calibration_gap")->cells[1].mark == CompareMark::None);
    MetricDirectionStore(store).set("calibration_gap", MetricDirection::Min);
    auto chosen = Comparison::build(RunGroup::each(runs), {.directions = MetricDirectionStore(store).load()});
    QVERIFY(chosen.metric("calibration_gap")->directionChosen);
    QCOMPARE(text(chosen.metric("calibration_gap")->cells[1].change), std::string("better"));
    QVERIFY(chosen.metric("calibration_gap")->cells[1].mark == CompareMark::LeansBetter);
}

void TestCompareModel::neutralMetricsAreNeverBetterOrWorse()
{
    const auto neutral = MetricDirection::Neutral;
    QVERIFY(!isBetter(neutral, 0.9, 0.8));
    QVERIFY(!isBetter(neutral, 0.8, 0.9));
    QVERIFY(std::isnan(shortfall(neutral, 0.7, 0.9)));
    QCOMPARE(text(compareChange(neutral, 0.01, 0.02)), std::string("differs"));
    QCOMPARE(text(compareChange(neutral, 0.1 + 0.2, 0.3)), std::string("same"));
    QCOMPARE(text(compareChange(neutral, kNaN, 0.3)), std::string("unknown"));
    SeriesSummary s;
    s.lastValue = 0.001;
    s.minValue = 0.0;
    s.maxValue = 0.1;
    QCOMPARE(pickValue(s, CompareValue::Best, neutral), 0.001); // no best without a direction

    // A significant difference is still reported, in words without a winner.
    auto v = Verdict::decide("train/lr", neutral, "A", kA, "B", kB);
    QVERIFY(v.kind == Verdict::Kind::Differs);
    QCOMPARE(v.sentence, std::string("B differs from A on train/lr (0.912 vs 0.887, p = 0.003, 5 vs 5 runs)"));

    // Neutral is never stored: a stored direction is min or max (storage-format.md).
    TempStore tmp;
    auto store = Store::open(tmp.path());
    QVERIFY_THROWS_EXCEPTION(StoreError, MetricDirectionStore(store).set("train/lr", neutral));
    QVERIFY(MetricDirectionStore(store).load().chosen().empty());
    QVERIFY(MetricDirectionStore(store).of("train/lr") == neutral);
}

// Colour follows the test where there is one: a difference inside the noise is not
// painted as a win; with one run a side only a lean is shown.
void TestCompareModel::marksFollowTheVerdict()
{
    auto decide = [](std::vector<double> a, std::vector<double> b) {
        return std::optional<Verdict>(Verdict::decide("val/acc", MetricDirection::Max, "A", a, "B", b));
    };
    auto noise = decide({0.52, 0.61, 0.47}, {0.55, 0.49, 0.63}); // p = 0.71, B's mean higher
    QVERIFY(compareMark(CompareChange::Better, noise) == CompareMark::None);
    QVERIFY(compareMark(CompareChange::Better, decide(kA, kB)) == CompareMark::Better);
    QVERIFY(compareMark(CompareChange::Worse, decide(kB, kA)) == CompareMark::Worse);
    QVERIFY(compareMark(CompareChange::Better, decide({0.5}, {0.6, 0.7})) == CompareMark::LeansBetter); // no test
    QVERIFY(compareMark(CompareChange::Same, decide({0.5, 0.5}, {0.5, 0.5})) == CompareMark::None);
    QVERIFY(compareMark(CompareChange::Worse, std::nullopt) == CompareMark::LeansWorse); // one run each
    QVERIFY(compareMark(CompareChange::Differs, std::nullopt) == CompareMark::None);
    QVERIFY(compareMark(CompareChange::Unknown, std::nullopt) == CompareMark::None);

    // In a comparison: seed groups whose means differ inside the noise get no mark.
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::vector<double> a{0.52, 0.61, 0.47}, b{0.55, 0.49, 0.63};
    for (std::size_t i = 0; i < a.size(); ++i) {
        logRun(store, "a" + std::to_string(i), {{"lr", 0.1}, {"seed", int(i)}}, {{"val/acc", a[i]}});
        logRun(store, "b" + std::to_string(i), {{"lr", 0.01}, {"seed", int(i)}}, {{"val/acc", b[i]}});
    }
    auto groups = RunGroup::byConfig(store.runs());
    std::size_t base = groups[0].label == "lr=0.1" ? 0 : 1;
    auto cmp = Comparison::build(groups, {.baseline = base});
    const auto& cell = cmp.metric("val/acc")->cells[1 - base];
    QCOMPARE(text(cell.change), std::string("better")); // the mean is higher...
    QVERIFY(cell.mark == CompareMark::None);            // ...but not shown as better
    QVERIFY(cmp.metric("val/acc")->cells[base].mark == CompareMark::None); // the baseline
}

void TestCompareModel::comparisonOfSeedGroups()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    for (std::size_t i = 0; i < kA.size(); ++i) {
        logRun(store, "a" + std::to_string(i), {{"lr", 0.1}, {"seed", int(i)}}, {{"val/acc", kA[i]}});
        logRun(store, "b" + std::to_string(i), {{"lr", 0.01}, {"seed", int(i)}}, {{"val/acc", kB[i]}});
    }
    auto groups = RunGroup::byConfig(store.runs());
    QCOMPARE(groups.size(), std::size_t(2));
    // Order of first appearance: the a-runs were logged first, but runs() may order
    // newest first; find the baseline by label rather than assuming.
    std::size_t base = groups[0].label == "lr=0.1" ? 0 : 1;
    QCOMPARE(groups[base].label, std::string("lr=0.1"));
    QCOMPARE(groups[1 - base].label, std::string("lr=0.01"));
    QCOMPARE(groups[0].noun, std::string("seeds"));
    QCOMPARE(groups[0].runs.size(), std::size_t(5));

    auto cmp = Comparison::build(groups, {.baseline = base});
    const auto& cell = cmp.metric("val/acc")->cells[1 - base];
    QCOMPARE(cell.runs, std::size_t(5));
    QVERIFY(std::fabs(cell.value - 0.912) < 1e-12);
    // numpy.std(b, ddof=1) = 0.010246950765959608 (tests/data/stats_reference.json).
    QVERIFY(std::fabs(cell.stats.stddev - 0.010246950765959608) < 1e-12);
    QVERIFY(cell.stats.ciLow < 0.912 && cell.stats.ciHigh > 0.912);
    QCOMPARE(text(cell.change), std::string("better"));
    QVERIFY(cell.verdict.has_value());
    QCOMPARE(cell.verdict->sentence,
             std::string("lr=0.01 beats lr=0.1 on val/acc (0.912 vs 0.887, p = 0.003, 5 vs 5 seeds)"));
    QVERIFY(!cmp.metric("val/acc")->cells[base].verdict.has_value());
    // Seeds differ within each group but the groups hold the same seeds: not a difference.
    const auto* seed = cmp.param("seed");
    QVERIFY(seed->cells[0].mixed);
    QVERIFY(!seed->differs);
    QVERIFY(cmp.param("lr")->differs);
}

void TestCompareModel::runInfoDiff()
{
    auto a = record("a", "abc123", "gpu1", 100);
    auto b = record("b", "def456", "gpu1", 725);
    auto c = record("c", "abc123", "gpu2", 60);
    std::vector<RunGroup> columns = RunGroup::each({a, b});
    RunGroup pair{"b+c", "runs", {b, c}};
    columns.push_back(pair);
    auto cmp = Comparison::build(columns);
    const auto* commit = cmp.infoRow("git_commit");
    QVERIFY(commit->differs);
    QCOMPARE(commit->cells[1].text, std::string("def456"));
    QVERIFY(commit->cells[2].mixed);
    QCOMPARE(commit->cells[2].text, std::string("def456, abc123"));
    QVERIFY(cmp.infoRow("host")->differs);
    QVERIFY(!cmp.infoRow("host")->cells[1].mixed);
    QVERIFY(!cmp.infoRow("experiment")->differs);
    const auto* duration = cmp.infoRow("duration");
    QCOMPARE(duration->cells[1].number, 725.0);
    QCOMPARE(duration->cells[1].text, std::string("12 min 05 s"));
    QCOMPARE(duration->cells[2].number, (725.0 + 60.0) / 2); // a group shows its mean
    QVERIFY(duration->differs);
}

void TestCompareModel::groupingHelpers()
{
    std::vector<RunRecord> runs;
    auto add = [&](const std::string& name, std::map<std::string, ParamValue> params,
                   std::map<std::string, std::string> tags = {}) {
        RunRecord r = record(name, "", "", 1);
        r.params = std::move(params);
        r.tags = std::move(tags);
        runs.push_back(r);
    };
    add("r1", {{"lr", 0.1}, {"opt", "sgd"}}, {{"team", "vision"}});
    add("r2", {{"lr", 0.01}, {"opt", "adam"}});
    add("r3", {{"lr", "1e-3"}, {"opt", "sgd"}}, {{"team", "nlp"}}); // imported as text
    add("r4", {{"opt", "adam"}});
    add("r5", {{"lr", 0.1}, {"opt", "adam"}}, {{"team", "vision"}});

    auto byLr = RunGroup::byParam(runs, "lr");
    std::vector<std::string> labels;
    for (const auto& g : byLr)
        labels.push_back(g.label);
    QCOMPARE(labels, (std::vector<std::string>{"lr=1e-3", "lr=0.01", "lr=0.1", "lr=(none)"}));
    QCOMPARE(byLr[2].runs.size(), std::size_t(2));

    auto byTeam = RunGroup::byTag(runs, "team");
    QCOMPARE(byTeam.front().label, std::string("team=nlp"));
    QCOMPARE(byTeam.back().label, std::string("team=(none)"));
    QCOMPARE(byTeam.back().runs.size(), std::size_t(2));

    // Ignoring lr, configs are the optimisers, named by the one param that differs.
    auto configs = RunGroup::byConfig(runs, {"lr"});
    QCOMPARE(configs.size(), std::size_t(2));
    QCOMPARE(configs[0].label, std::string("opt=sgd"));
    QCOMPARE(configs[1].label, std::string("opt=adam"));
    QCOMPARE(configs[1].runs.size(), std::size_t(3));
    QCOMPARE(configs[0].noun, std::string("runs"));
    QVERIFY(RunGroup::byConfig({}).empty());
}

void TestCompareModel::badBaselineIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(StoreError, Comparison::build({}));
    auto one = RunGroup::each({record("a", "", "", 1)});
    QVERIFY_THROWS_EXCEPTION(StoreError, Comparison::build(one, {.baseline = 1}));
}

QTEST_GUILESS_MAIN(TestCompareModel)
#include "tst_compare_model.moc"
