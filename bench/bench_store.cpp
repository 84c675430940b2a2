// Store throughput: the C++ client logging single points, and reading a 1 M-point
// series, each against a raw SQLite baseline measured in the same run.
#include "BenchFiles.h"
#include "BenchTimer.h"

#include <runlens/client.h>

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <string>

using namespace runlens;
namespace fs = std::filesystem;

namespace {

constexpr long kPoints = 5'000'000;
constexpr long kReadPoints = 1'000'000;
constexpr int kRepeats = 5;

// Baseline: one row per point, prepared insert, one transaction (DESIGN.md's figure).
void rawInsert(long n)
{
    std::string path = benchStorePath("raw.db");
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE p(series INTEGER, step INTEGER, value REAL, time REAL)", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO p VALUES (1, ?, ?, ?)", -1, &st, nullptr);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (long i = 0; i < n; ++i) {
        sqlite3_bind_int64(st, 1, i);
        sqlite3_bind_double(st, 2, 1.0 / double(i + 1));
        sqlite3_bind_double(st, 3, 1.7e9 + double(i));
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

// Returns the seconds the logging loop took; the caller times the whole, final flush included.
double clientLog(long n)
{
    auto store = Store::open(benchStorePath("client.db"));
    auto run = store.startRun({.captureEnvironment = false});
    auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i)
        run.logMetric("train/loss", 1.0 / double(i + 1));
    double loop = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.finish();
    return loop;
}

// Baseline for reading: the same 1 M points read back from one-row-per-point rows.
double rawRead(const std::string& path)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT step, value FROM p WHERE series = 1 ORDER BY rowid", -1, &st, nullptr);
    double sum = 0;
    std::vector<long long> steps;
    std::vector<double> values;
    steps.reserve(kReadPoints);
    values.reserve(kReadPoints);
    while (sqlite3_step(st) == SQLITE_ROW) {
        steps.push_back(sqlite3_column_int64(st, 0));
        values.push_back(sqlite3_column_double(st, 1));
    }
    sum = double(values.size());
    sqlite3_finalize(st);
    sqlite3_close(db);
    return sum;
}

} // namespace

int main()
{
    std::printf("Runlens store benchmark (median of %d runs)\n\n", kRepeats);

    double tRaw = medianSeconds(kRepeats, [] { rawInsert(kPoints); });
    std::vector<double> loops;
    double tClient = medianSeconds(kRepeats, [&] { loops.push_back(clientLog(kPoints)); });
    std::sort(loops.begin(), loops.end());
    double tLoop = loops[loops.size() / 2];
    std::printf("write %ld points, single logMetric calls, including the final flush\n", kPoints);
    std::printf("  baseline raw SQLite insert, one row per point  %8.2f M points/s\n", kPoints / tRaw / 1e6);
    std::printf("  C++ client, the logging loop alone             %8.2f M points/s   (what training code waits for)\n",
                kPoints / tLoop / 1e6);
    std::printf("  C++ client, end to end with the final flush    %8.2f M points/s   (target >= 10 M points/s)\n",
                kPoints / tClient / 1e6);
    std::printf("  ratio client end to end / baseline             %8.2f x\n\n", tRaw / tClient);

    rawInsert(kReadPoints);
    std::string rawPath = (fs::temp_directory_path() / "runlens-bench" / "raw.db").string();
    auto store = Store::open(benchStorePath("read.db"));
    std::string id;
    {
        auto run = store.startRun({.captureEnvironment = false});
        id = run.id();
        for (long i = 0; i < kReadPoints; ++i)
            run.logMetric("x", double(i) * 0.5);
    }
    std::size_t got = 0;
    double tRead = medianSeconds(kRepeats, [&] { got = store.metric(id, "x").size(); });
    double tReadRaw = medianSeconds(kRepeats, [&] { rawRead(rawPath); });
    std::printf("read one %ld-point series (steps + values), warm cache\n", kReadPoints);
    std::printf("  baseline raw SQLite, one row per point         %8.1f ms\n", tReadRaw * 1e3);
    std::printf("  Store::metric (chunks)                         %8.1f ms   (%zu points; target <= 15 ms)\n",
                tRead * 1e3, got);
    std::printf("  ratio baseline / store                         %8.2f x faster\n", tReadRaw / tRead);
    return 0;
}
