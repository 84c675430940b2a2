// `runlens sync` speed, SQLite to SQLite (DESIGN.md's performance table):
//  - a whole 10 M-point store synced into a fresh target, in points/s (target >= 5 M),
//    against a plain copy of the same file measured in the same run;
//  - a second sync of a 1 000-run store that brings nothing new (target <= 1 s), and an
//    incremental one after 100 points were appended to 10 of its runs.
// Medians of several runs. RUNLENS_BENCH_SCALE (default 1) scales the stores down for a
// quick run, e.g. 0.05; the targets are stated for scale 1 only.
#include "store/Database.h"
#include "store/PointBatch.h"
#include "store/SeriesAppender.h"

#include <runlens/client.h>
#include <runlens/sync/StoreSync.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace runlens;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kFullRepeats = 3;  // each one writes a whole 10 M-point target
constexpr int kRepeats = 5;
const char* const kKeys[] = {"train/loss", "val/loss", "train/acc", "lr"};

double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

double scale()
{
    const char* s = std::getenv("RUNLENS_BENCH_SCALE");
    double f = s ? std::atof(s) : 1.0;
    return f > 0 ? std::min(f, 1.0) : 1.0;
}

long scaled(long n, long least)
{
    return std::max(least, std::lround(double(n) * scale()));
}

fs::path benchDir()
{
    fs::path dir = fs::temp_directory_path() / "runlens-bench-sync";
    fs::create_directories(dir);
    return dir;
}

// A path for store `name` (".db") with no store, side files or artifact folder there.
std::string freshStore(const std::string& name)
{
    fs::path p = benchDir() / name;
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(p.string() + suffix);
    fs::remove_all(p.parent_path() / (p.stem().string() + "-artifacts"));
    return p.string();
}

// The store's files as they are on disk: the main file and, if one is left, its WAL.
std::vector<std::string> storeFiles(const std::string& path)
{
    std::vector<std::string> files{path};
    if (fs::exists(path + "-wal") && fs::file_size(path + "-wal") > 0)
        files.push_back(path + "-wal");
    return files;
}

std::uintmax_t storeBytes(const std::string& path)
{
    std::uintmax_t n = 0;
    for (const auto& f : storeFiles(path))
        n += fs::file_size(f);
    return n;
}

// Runs that finish, each with a few params and tags and `series` series of `points` points.
void buildStore(const std::string& path, long runs, int series, long points)
{
    auto store = Store::open(path);
    for (long r = 0; r < runs; ++r) {
        auto run = store.startRun({.experiment = r % 2 ? "sync-bench-a" : "sync-bench-b",
                                   .name = "run-" + std::to_string(r),
                                   .params = {{"lr", 1e-3 * double(r % 7 + 1)},
                                              {"batch", std::int64_t{32} << (r % 4)},
                                              {"optimizer", std::string(r % 3 ? "adam" : "sgd")},
                                              {"seed", std::int64_t{r}}},
                                   .tags = {{"bench", "sync"}, {"group", "g" + std::to_string(r % 10)}},
                                   .captureEnvironment = false});
        for (long i = 0; i < points; ++i)
            for (int k = 0; k < series; ++k)
                run.logMetric(kKeys[k], 1.0 / double(i + k + 1) + 1e-6 * double(r), i);
        run.finish();
    }
}

// --- baselines: the same bytes copied as files ----------------------------------------

void copyFiles(const std::string& from, const std::string& to)
{
    for (const auto& f : storeFiles(from))
        fs::copy_file(f, to + f.substr(from.size()), fs::copy_options::overwrite_existing);
}

// read() + write() through a 1 MiB buffer, then fsync: the copy is on disk when it returns.
void copyFilesDurably(const std::string& from, const std::string& to)
{
    std::vector<char> buf(1 << 20);
    for (const auto& f : storeFiles(from)) {
        int in = ::open(f.c_str(), O_RDONLY);
        int out = ::open((to + f.substr(from.size())).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0)
            throw StoreError(StoreError::Kind::File, "bench: cannot copy " + f);
        ssize_t n;
        while ((n = ::read(in, buf.data(), buf.size())) > 0)
            if (::write(out, buf.data(), std::size_t(n)) != n)
                throw StoreError(StoreError::Kind::File, "bench: short write copying " + f);
        ::fsync(out);
        ::close(out);
        ::close(in);
    }
}

// Like medianSeconds, with prepare run before each repetition and not timed.
double medianSecondsAfter(int repeats, const std::function<void()>& prepare, const std::function<void()>& fn)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        prepare();
        auto start = Clock::now();
        fn();
        t.push_back(since(start));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// --- syncs, with the progress callback's times as a cheap profile -----------------------

struct Sample {
    double seconds = 0;
    SyncReport report;
    double firstProgress = -1; // s from the start to the first progress call
    double lastProgress = -1;  // ... to the last one
    std::size_t firstRuns = 0, lastRuns = 0;
    std::int64_t firstPoints = 0, lastPoints = 0;
    int calls = 0;
    double user = 0, system = 0; // CPU seconds of this process; the rest of the wall time is waiting
};

// CPU seconds this process has used so far, user and system.
std::pair<double, double> cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto secs = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {secs(u.ru_utime), secs(u.ru_stime)};
}

Sample timedSync(const std::string& source, const std::string& target)
{
    Sample s;
    auto cpu = cpuSeconds();
    auto start = Clock::now();
    s.report = StoreSync(source, target).run(SyncOptions{}, [&](const SyncProgress& p) {
        double t = since(start);
        if (s.calls++ == 0) {
            s.firstProgress = t;
            s.firstRuns = p.runsDone;
            s.firstPoints = p.points;
        }
        s.lastProgress = t;
        s.lastRuns = p.runsDone;
        s.lastPoints = p.points;
        return true;
    });
    s.seconds = since(start);
    auto cpuEnd = cpuSeconds();
    s.user = cpuEnd.first - cpu.first;
    s.system = cpuEnd.second - cpu.second;
    return s;
}

// Runs prepare (untimed) and a timed sync `repeats` times; returns the median sample.
Sample medianSync(int repeats, const std::function<void()>& prepare, const std::string& source,
                  const std::string& target)
{
    std::vector<Sample> samples;
    for (int i = 0; i < repeats; ++i) {
        prepare();
        samples.push_back(timedSync(source, target));
    }
    std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.seconds < b.seconds; });
    return samples[samples.size() / 2];
}

void printReport(const SyncReport& r)
{
    std::printf("    report: runs selected %zu, new %zu, updated %zu, unchanged %zu; %lld points in %lld chunks;"
                " %zu conflicts, %zu problems%s\n",
                r.runsSelected, r.runsNew, r.runsUpdated, r.runsUnchanged, static_cast<long long>(r.points),
                static_cast<long long>(r.chunks), r.conflicts.size(), r.problems.size(),
                r.cancelled ? ", CANCELLED" : "");
    for (const auto& p : r.problems)
        std::printf("      problem: %s\n", p.c_str());
}

void printPhases(const Sample& s)
{
    std::printf("    CPU: %.1f ms user + %.1f ms system of %.1f ms wall\n", s.user * 1e3, s.system * 1e3,
                s.seconds * 1e3);
    if (s.calls == 0) {
        std::printf("    progress: never called\n");
        return;
    }
    std::printf("    progress (%d calls): first after %.1f ms (%zu runs, %lld points), last after %.1f ms,"
                " then %.1f ms to return\n",
                s.calls, s.firstProgress * 1e3, s.firstRuns, static_cast<long long>(s.firstPoints),
                s.lastProgress * 1e3, (s.seconds - s.lastProgress) * 1e3);
    double span = s.lastProgress - s.firstProgress;
    if (s.lastRuns > s.firstRuns && span > 0)
        std::printf("    between first and last call: %.2f ms per run, %.2f M points/s\n",
                    span * 1e3 / double(s.lastRuns - s.firstRuns),
                    double(s.lastPoints - s.firstPoints) / span / 1e6);
}

// --- 1. a whole store into a fresh target ----------------------------------------------

void fullSync()
{
    const long runs = 100;
    const int series = 4;
    const long perSeries = scaled(25'000, 100);
    const long total = runs * series * perSeries;

    std::string source = freshStore("full-source.db");
    auto t0 = Clock::now();
    buildStore(source, runs, series, perSeries);
    double build = since(t0);
    const double mb = double(storeBytes(source)) / 1e6;
    std::printf("whole store into a fresh target: %ld runs x %d series x %ld points = %.2f M points, %.1f MB%s"
                " (built in %.1f s)\n",
                runs, series, perSeries, double(total) / 1e6, mb,
                storeFiles(source).size() > 1 ? " with its WAL" : "", build);

    std::string copy = (benchDir() / "full-copy.db").string();
    auto noCopy = [] { freshStore("full-copy.db"); };
    double tCopy = medianSecondsAfter(kRepeats, noCopy, [&] { copyFiles(source, copy); });
    double tCopyDurable = medianSecondsAfter(kRepeats, noCopy, [&] { copyFilesDurably(source, copy); });
    freshStore("full-copy.db");

    std::string target = (benchDir() / "full-target.db").string();
    Sample s = medianSync(kFullRepeats, [] { freshStore("full-target.db"); }, source, target);
    const double targetMb = double(storeBytes(target)) / 1e6;

    std::printf("  baseline copy_file of the store                   %8.1f ms  %8.1f MB/s\n", tCopy * 1e3,
                mb / tCopy);
    std::printf("  baseline read+write+fsync of the store            %8.1f ms  %8.1f MB/s\n", tCopyDurable * 1e3,
                mb / tCopyDurable);
    std::printf("  StoreSync into a fresh target (median of %d)       %8.1f ms  %8.2f M points/s   (target >= 5 M points/s)\n",
                kFullRepeats, s.seconds * 1e3, double(total) / s.seconds / 1e6);
    std::printf("  ratio sync time / copy time                       %8.1f x copy_file, %.1f x read+write+fsync\n",
                s.seconds / tCopy, s.seconds / tCopyDurable);
    std::printf("    target store %.1f MB\n", targetMb);
    printReport(s.report);
    if (s.report.points != total)
        std::printf("    !! synced %lld points, the source has %ld\n", static_cast<long long>(s.report.points), total);
    printPhases(s);
    std::printf("\n");
}

// --- 2. a 1 000-run store: a sync with nothing new, then a few new points ---------------

// Appends n points to series train/loss of each of the given runs, after step `from`,
// as a resumed run's flusher would: SeriesAppender in one write transaction per run.
void appendPoints(const std::string& path, const std::vector<std::string>& uuids, std::int64_t from, long n)
{
    auto store = Store::open(path);
    Database& db = store.database();
    SeriesAppender appender(db);
    const double now = double(std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::system_clock::now().time_since_epoch()).count()) / 1e6;
    for (const auto& uuid : uuids) {
        Statement& q = db.prepare("SELECT id FROM runs WHERE uuid = ?");
        q.reset();
        q.bind(1, uuid);
        if (!q.step())
            throw StoreError(StoreError::Kind::NotFound, "bench: no run " + uuid);
        std::int64_t id = q.int64At(0);
        q.reset();
        PointBatch batch{.key = "train/loss"};
        for (long i = 0; i < n; ++i) {
            batch.steps.push_back(from + i);
            batch.values.push_back(0.5 / double(from + i + 1));
            batch.times.push_back(now + 1e-3 * double(i));
        }
        db.write([&] { appender.append(id, batch); });
    }
}

void manyRuns()
{
    const long runs = scaled(1'000, 20);
    const int series = 2;
    const long perSeries = 200;
    const long touched = 10, appended = 100;

    std::string source = freshStore("many-source.db");
    auto t0 = Clock::now();
    buildStore(source, runs, series, perSeries);
    double build = since(t0);
    std::printf("%ld-run store (%d series x %ld points each, 4 params, 2 tags), %.1f MB (built in %.1f s)\n", runs,
                series, perSeries, double(storeBytes(source)) / 1e6, build);

    std::string target = freshStore("many-target.db");
    Sample first = timedSync(source, target);
    std::printf("  first sync into a fresh target                    %8.1f ms  %8.2f M points/s\n",
                first.seconds * 1e3, double(first.report.points) / first.seconds / 1e6);
    printReport(first.report);
    printPhases(first);

    Sample again = medianSync(kRepeats, [] {}, source, target);
    std::printf("  second sync, nothing new (median of %d)            %8.1f ms   (target <= 1000 ms)\n", kRepeats,
                again.seconds * 1e3);
    printReport(again.report);
    if (again.report.changedAnything())
        std::printf("    !! the no-change sync changed something\n");
    printPhases(again);

    std::vector<std::string> uuids;
    for (const auto& r : Store::open(source, Store::Mode::ReadOnly).runs())
        if (uuids.size() < std::size_t(touched))
            uuids.push_back(r.uuid);
    std::int64_t next = perSeries;
    Sample inc = medianSync(kRepeats, [&] {
        appendPoints(source, uuids, next, appended);
        next += appended;
    }, source, target);
    std::printf("  sync after %ld points were appended to %ld runs     %8.1f ms   (median of %d)\n", appended,
                touched, inc.seconds * 1e3, kRepeats);
    printReport(inc.report);
    if (inc.report.points != touched * appended || inc.report.runsUpdated != std::size_t(touched))
        std::printf("    !! expected %ld points in %ld updated runs\n", touched * appended, touched);
    printPhases(inc);
}

} // namespace

int main()
{
    std::printf("Runlens sync benchmark, SQLite -> SQLite (scale %g; RUNLENS_BENCH_SCALE)\n\n", scale());
    fullSync();
    manyRuns();
    if (!std::getenv("RUNLENS_BENCH_KEEP"))
        fs::remove_all(benchDir());
    return 0;
}
