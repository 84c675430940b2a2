// The C++ client is thread-safe: several threads logging into one run and into their own
// runs while a reader polls the same store lose nothing and see no error.
#include "TempStore.h"
#include "TestPrinters.h"

#include <runlens/client.h>

#include <QtTest>

#include <atomic>
#include <thread>

using namespace runlens;

class TestClientThreads : public QObject {
    Q_OBJECT
private slots:
    void threadsShareOneRun();
    void runsPerThreadWithAReader();
};

void TestClientThreads::threadsShareOneRun()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun();
    constexpr int kThreads = 4, kPoints = 50000;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&run, t] {
            std::string key = "t" + std::to_string(t);
            for (int i = 0; i < kPoints; ++i) {
                run.logMetric(key, double(i), i);
                run.logMetric("shared", double(t), std::nullopt, "thread=" + std::to_string(t));
            }
        });
    }
    for (auto& th : threads)
        th.join();
    run.finish();
    for (int t = 0; t < kThreads; ++t) {
        auto d = store.metric(run.id(), "t" + std::to_string(t));
        QCOMPARE(d.size(), std::size_t(kPoints));
        QCOMPARE(d.values.back(), double(kPoints - 1));
        auto s = store.metric(run.id(), "shared", "thread=" + std::to_string(t));
        QCOMPARE(s.size(), std::size_t(kPoints));
        QCOMPARE(s.steps.back(), std::int64_t(kPoints - 1)); // default steps stay per series
    }
}

void TestClientThreads::runsPerThreadWithAReader()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    std::atomic<bool> done{false};
    std::atomic<int> reads{0};
    std::string readerError;
    std::thread reader([&] {
        auto mine = Store::open(tmp.path(), Store::Mode::ReadOnly);
        while (!done) {
            try {
                for (const auto& r : mine.runs())
                    if (!r.series.empty())
                        mine.metric(r.uuid, "x");
                ++reads;
            } catch (const std::exception& e) {
                readerError = e.what();
                return;
            }
        }
    });
    constexpr int kWriters = 4, kPoints = 100000;
    std::vector<std::string> ids(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            // Each writer has its own connection, as separate processes would.
            auto own = Store::open(tmp.path());
            auto run = own.startRun({.name = "w" + std::to_string(w)});
            ids[std::size_t(w)] = run.id();
            for (int i = 0; i < kPoints; ++i) {
                run.logMetric("x", double(i));
                if (i % 20000 == 0)
                    run.flush();
            }
        });
    }
    for (auto& th : writers)
        th.join();
    done = true;
    reader.join();
    QVERIFY2(readerError.empty(), readerError.c_str());
    QVERIFY(reads > 0);
    for (const auto& id : ids) {
        auto d = store.metric(id, "x");
        QCOMPARE(d.size(), std::size_t(kPoints));
        QCOMPARE(store.run(id).metric("x")->count, std::int64_t(kPoints));
    }
}

QTEST_GUILESS_MAIN(TestClientThreads)
#include "tst_client_threads.moc"
