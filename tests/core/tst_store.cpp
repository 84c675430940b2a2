// The store through its public C++ API: what is logged comes back exactly, summaries
// follow the documented rules, and chunks stay few.
#include "TempStore.h"
#include "TestPrinters.h"

#include <runlens/client.h>
#include <runlens/store/RunJson.h>

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <limits>

using namespace runlens;

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void roundTripsParamsTagsAndPoints();
    void defaultStepsFollowTheLargestStep();
    void summariesFollowTheRules();
    void nanAndInfinityRoundTrip();
    void repeatedAndOutOfOrderStepsSortStably();
    void liveFlushesDoNotLeaveTinyChunks();
    void slicesAreSeparateSeries();
    void childRunsKnowTheirParent();
    void exceptionMarksRunFailed();
    void heartbeatStaleRunReadsAsCrashed();
    void runIdPrefixLookup();
    void deleteLeavesNoOrphans();
    void seriesTailReturnsOnlyNewPoints();
    void artifactsAreCopiedAndHashed();
    void editsChangeWhatReadersSee();
    void runJsonIsStreamedAsOneDocument();
};

void TestStore::roundTripsParamsTagsAndPoints()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::string id;
    {
        auto run = store.startRun({.experiment = "digits", .name = "sgd", .params = {{"lr", 0.01}, {"epochs", 20}},
                                   .tags = {{"team", "vision"}}});
        id = run.id();
        run.logParam("opt", "adam");
        run.logParam("flag", true);
        for (int i = 0; i < 2500; ++i)
            run.logMetric("train/loss", 1.0 / (i + 1), i);
    }
    auto r = store.run(id);
    QCOMPARE(r.name, std::string("sgd"));
    QCOMPARE(r.experiment, std::string("digits"));
    QCOMPARE(statusOf(r), QStringLiteral("finished"));
    QVERIFY(!std::isnan(r.endTime));
    QCOMPARE(r.params.at("lr").real(), 0.01);
    QCOMPARE(r.params.at("epochs").integer(), std::int64_t(20));
    QCOMPARE(r.params.at("opt").text(), std::string("adam"));
    QCOMPARE(r.params.at("flag").text(), std::string("true"));
    QCOMPARE(r.tags.at("team"), std::string("vision"));
    auto data = store.metric(id, "train/loss");
    QCOMPARE(data.size(), std::size_t(2500));
    for (int i = 0; i < 2500; ++i) {
        QCOMPARE(data.steps[std::size_t(i)], std::int64_t(i));
        QCOMPARE(data.values[std::size_t(i)], 1.0 / (i + 1));
    }
    QVERIFY(data.times.empty());
    auto withTimes = store.metric(id, "train/loss", "", true);
    QCOMPARE(withTimes.times.size(), std::size_t(2500));
    QVERIFY(withTimes.times.front() > 1.7e9);
}

void TestStore::defaultStepsFollowTheLargestStep()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    run.logMetric("a", 1);
    run.logMetric("a", 2);
    run.logMetric("a", 3, 10);
    run.logMetric("a", 4);
    run.logMetric("b", 5);
    run.finish();
    auto a = store.metric(run.id(), "a");
    QCOMPARE(a.steps, (std::vector<std::int64_t>{0, 1, 10, 11}));
    QCOMPARE(store.metric(run.id(), "b").steps, (std::vector<std::int64_t>{0}));
}

void TestStore::summariesFollowTheRules()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto [step, v] : std::vector<std::pair<int, double>>{{5, 2.0}, {1, -3.0}, {9, nan}, {9, 7.0}, {3, 11.0}})
        run.logMetric("m", v, step);
    run.flush();
    run.logMetric("m", 4.0, 2); // a later flush merges into the same summary
    run.finish();
    // Keep the record alive: metric() points into it.
    const RunRecord record = store.run(run.id());
    const SeriesSummary* s = record.metric("m");
    QVERIFY(s);
    QCOMPARE(s->count, std::int64_t(6));
    QCOMPARE(s->firstStep, std::int64_t(1));
    QCOMPARE(s->lastStep, std::int64_t(9));
    QCOMPARE(s->lastValue, 7.0);  // newest point at the largest step
    QCOMPARE(s->minValue, -3.0);
    QCOMPARE(s->maxValue, 11.0);  // NaN ignored
}

void TestStore::nanAndInfinityRoundTrip()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    const double inf = std::numeric_limits<double>::infinity();
    run.logMetric("x", std::numeric_limits<double>::quiet_NaN());
    run.logMetric("x", inf);
    run.logMetric("x", -inf);
    run.finish();
    auto d = store.metric(run.id(), "x");
    QVERIFY(std::isnan(d.values[0]));
    QCOMPARE(d.values[1], inf);
    QCOMPARE(d.values[2], -inf);
    const RunRecord record = store.run(run.id());
    const SeriesSummary* s = record.metric("x");
    QVERIFY(s);
    QCOMPARE(s->minValue, -inf);
    QCOMPARE(s->maxValue, inf);
    QCOMPARE(s->lastValue, -inf);
}

void TestStore::repeatedAndOutOfOrderStepsSortStably()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    run.logMetric("x", 30, 3);
    run.logMetric("x", 10, 1);
    run.logMetric("x", 31, 3);
    run.logMetric("x", 11, 1);
    run.finish();
    auto d = store.metric(run.id(), "x");
    QCOMPARE(d.steps, (std::vector<std::int64_t>{1, 1, 3, 3}));
    QCOMPARE(d.values, (std::vector<double>{10, 11, 30, 31}));
}

void TestStore::liveFlushesDoNotLeaveTinyChunks()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    for (int f = 0; f < 10; ++f) {
        for (int i = 0; i < 5; ++i)
            run.logMetric("x", i);
        run.flush();
    }
    for (int i = 0; i < 3000; ++i)
        run.logMetric("y", i);
    run.finish();
    // Count chunks through the series tail: 50 points must still be one chunk.
    auto r = store.run(run.id());
    QCOMPARE(r.metric("x")->count, std::int64_t(50));
    QCOMPARE(store.metric(run.id(), "x").size(), std::size_t(50));
    QCOMPARE(store.metric(run.id(), "y").size(), std::size_t(3000));
}

void TestStore::slicesAreSeparateSeries()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    run.logMetric("val/acc", 0.9, 0);
    run.logMetric("val/acc", 0.5, 0, "class=3");
    run.logMetric("val/acc", 0.7, 0, "region=eu");
    run.finish();
    auto keys = store.metricKeys(run.id());
    QCOMPARE(keys.size(), std::size_t(3));
    QCOMPARE(store.metric(run.id(), "val/acc", "class=3").values, std::vector<double>{0.5});
    QCOMPARE(store.run(run.id()).metric("val/acc")->lastValue, 0.9);
}

void TestStore::childRunsKnowTheirParent()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto parent = store.startRun({.experiment = "pipe", .name = "pipeline"});
    std::string childId;
    {
        auto child = parent.child("train");
        childId = child.id();
    }
    parent.finish();
    auto c = store.run(childId);
    QCOMPARE(c.parentUuid, parent.id());
    QCOMPARE(c.experiment, std::string("pipe"));
    QCOMPARE(c.name, std::string("train"));
}

void TestStore::exceptionMarksRunFailed()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::string id;
    try {
        auto run = store.startRun();
        id = run.id();
        throw std::runtime_error("training blew up");
    } catch (const std::runtime_error&) {
    }
    QCOMPARE(statusOf(store.run(id)), QStringLiteral("failed"));
}

void TestStore::heartbeatStaleRunReadsAsCrashed()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    QCOMPARE(statusOf(store.run(run.id())), QStringLiteral("running"));
    QTest::qWait(1200);
    // With a timeout shorter than the time since the last heartbeat it reads crashed.
    QCOMPARE(statusOf(store.run(run.id(), 0.001)), QStringLiteral("crashed"));
    auto crashed = store.runs({.query = "status = crashed", .heartbeatTimeout = 0.001});
    QCOMPARE(crashed.size(), std::size_t(1));
    run.finish();
    QCOMPARE(statusOf(store.run(run.id(), 0.001)), QStringLiteral("finished"));
}

void TestStore::runIdPrefixLookup()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    run.finish();
    QCOMPARE(store.run(run.id().substr(0, 8)).uuid, run.id());
    try {
        store.run("zz");
        QFAIL("a bad id must throw");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
    }
    try {
        store.run("0123456789");
        QFAIL("an unknown id must throw");
    } catch (const StoreError& e) {
        QCOMPARE(e.kind(), StoreError::Kind::NotFound);
    }
}

void TestStore::deleteLeavesNoOrphans()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto parent = store.startRun({.name = "parent"});
    auto keep = store.startRun({.name = "keep"});
    std::string childId = parent.child("step").id();
    for (int i = 0; i < 3000; ++i) {
        parent.logMetric("x", i);
        keep.logMetric("x", i);
    }
    parent.logParam("p", 1);
    parent.finish();
    keep.finish();
    store.deleteRuns({parent.id()});
    QVERIFY_EXCEPTION_THROWN(store.run(parent.id()), StoreError);
    QCOMPARE(store.run(childId).parentUuid, std::string());
    QCOMPARE(store.metric(keep.id(), "x").size(), std::size_t(3000));
    QCOMPARE(store.runCount(), std::int64_t(2));
}

void TestStore::seriesTailReturnsOnlyNewPoints()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    for (int i = 0; i < 1500; ++i)
        run.logMetric("x", i);
    run.flush();
    auto s = *store.run(run.id()).metric("x");
    QCOMPARE(store.seriesTail(s.seriesId, 1500).size(), std::size_t(0));
    for (int i = 1500; i < 1600; ++i)
        run.logMetric("x", i);
    run.finish();
    auto tail = store.seriesTail(s.seriesId, 1500);
    QCOMPARE(tail.size(), std::size_t(100));
    QCOMPARE(tail.steps.front(), std::int64_t(1500));
    QCOMPARE(tail.values.back(), 1599.0);
    QCOMPARE(tail.times.size(), std::size_t(100));
}

void TestStore::artifactsAreCopiedAndHashed()
{
    TempStore tmp;
    qputenv("XDG_CACHE_HOME", (tmp.dir() + "/cache").toUtf8()); // a PostgreSQL store's local copies
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(tmp.dir() + "/" + name);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName().toStdString();
    };
    auto read = [](const std::string& file) {
        QFile f(QString::fromStdString(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    };
    std::string src = write("model.txt", "abc");
    // More than one 1 MiB part on PostgreSQL, and not a whole number of them.
    QByteArray big(3 * (1 << 20) + 12345, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 % 251);
    std::string bigSrc = write("weights.bin", big);
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    run.logArtifact(src);
    run.logArtifact(bigSrc, "ckpt/weights.bin");
    QVERIFY_EXCEPTION_THROWN(run.logArtifact(src, "../escape.txt"), StoreError);
    run.finish();
    auto arts = store.artifacts(run.id());
    QCOMPARE(arts.size(), std::size_t(2));
    QCOMPARE(arts[1].path, std::string("model.txt"));
    QCOMPARE(arts[1].size, std::int64_t(3));
    QCOMPARE(arts[1].sha256, std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(read(store.artifactFile(run.id(), "model.txt")), QByteArray("abc"));
    QCOMPARE(read(store.artifactFile(run.id(), "ckpt/weights.bin")), big);
    std::string saved = (tmp.dir() + "/saved.bin").toStdString();
    store.saveArtifact(run.id(), "ckpt/weights.bin", saved);
    QCOMPARE(read(saved), big);
    QVERIFY_EXCEPTION_THROWN(store.saveArtifact(run.id(), "nope.txt", saved), StoreError);

    // Another run's file of the same name is its own: the first run's bytes stay.
    auto again = store.startRun();
    write("model.txt", "abcd");
    again.logArtifact(src);
    again.finish();
    QCOMPARE(read(store.artifactFile(again.id(), "model.txt")), QByteArray("abcd"));
    QCOMPARE(read(store.artifactFile(run.id(), "model.txt")), QByteArray("abc"));
}

void TestStore::editsChangeWhatReadersSee()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun({.name = "old"});
    run.finish();
    store.renameRun(run.id(), "new");
    store.setTag(run.id(), "k", "v");
    store.setNotes(run.id(), "# Notes");
    auto r = store.run(run.id());
    QCOMPARE(r.name, std::string("new"));
    QCOMPARE(r.tags.at("k"), std::string("v"));
    QCOMPARE(r.notes, std::string("# Notes"));
    store.setArchived(run.id(), true);
    QCOMPARE(store.runs().size(), std::size_t(0));
    QCOMPARE(store.runs({.includeArchived = true}).size(), std::size_t(1));
    QVERIFY_EXCEPTION_THROWN(store.renameRun(run.id(), ""), StoreError);
}

// `ls --json` streams each run's metric summaries: the text must still be exactly what
// one JSON tree dumps at the same indent (nested, empty, compact and wide layouts).
void TestStore::runJsonIsStreamedAsOneDocument()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    {
        auto run = store.startRun({.name = "with \"quotes\"\n", .params = {{"lr", 0.5}}, .tags = {{"t", "x"}}});
        run.logMetric("loss", 1.0, 0);
        run.logMetric("loss", std::nan(""), 1);
        run.logMetric("acc", 0.9, 0, "class=cat");
    }
    store.startRun({.name = "empty"}).finish();
    const auto runs = store.runs();
    QCOMPARE(runs.size(), std::size_t(2));
    for (int indent : {-1, 0, 2, 4}) {
        const std::string all = RunJson::runs(runs, indent);
        QCOMPARE(nlohmann::ordered_json::parse(all).dump(indent), all);
        QCOMPARE(nlohmann::ordered_json::parse(all).size(), std::size_t(2));
        for (const auto& r : runs) {
            const std::string one = RunJson::run(r, indent);
            const auto parsed = nlohmann::ordered_json::parse(one);
            QCOMPARE(parsed.dump(indent), one);
            QCOMPARE(parsed["metrics"].size(), r.series.size());
            QCOMPARE(parsed["id"].get<std::string>(), r.uuid);
        }
    }
    QCOMPARE(RunJson::runs({}, 2), std::string("[]"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
