// The team store (PostgreSQL, local server over a Unix socket) beside SQLite, in one run:
// the C++ client logging single points, reading a 1 M-point series, and the query filter
// over 10 000 runs. Baseline: what other trackers do on PostgreSQL, one row and one
// INSERT statement per point. Starts its own throwaway cluster (tests/support/pg_cluster.py).
#include "BenchFiles.h"
#include "BenchTimer.h"

#include <runlens/client.h>
#include <runlens/sync/StoreSync.h>

#include <libpq-fe.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <unistd.h>

using namespace runlens;
namespace fs = std::filesystem;

namespace {

constexpr long kPoints = 2'000'000;
constexpr long kBaselinePoints = 20'000; // one INSERT each: ~100 s per million
constexpr long kReadPoints = 1'000'000;
constexpr int kRuns = 10'000;
constexpr int kRepeats = 5;

struct Cluster {
    std::string dir, conninfo, url;
    int schemas = 0;

    Cluster()
    {
        std::string cmd = std::string("/usr/bin/python3 ") + RUNLENS_SOURCE_DIR + "/tests/support/pg_cluster.py start --watch-pid "
                          + std::to_string(::getpid());
        std::unique_ptr<FILE, int (*)(FILE*)> p(::popen(cmd.c_str(), "r"), ::pclose);
        char line[4096];
        while (p && std::fgets(line, sizeof line, p.get())) {
            std::string s(line);
            s.erase(s.find_last_not_of("\n") + 1);
            if (s.rfind("dir=", 0) == 0) dir = s.substr(4);
            if (s.rfind("conninfo=", 0) == 0) conninfo = s.substr(9);
            if (s.rfind("url=", 0) == 0) url = s.substr(4);
        }
        if (url.empty())
            throw std::runtime_error("could not start a PostgreSQL cluster (is the server installed?)");
    }
    ~Cluster()
    {
        std::string cmd = std::string("/usr/bin/python3 ") + RUNLENS_SOURCE_DIR + "/tests/support/pg_cluster.py stop " + dir;
        std::system(cmd.c_str());
    }
    void admin(const std::string& sql) const
    {
        PGconn* c = PQconnectdb(conninfo.c_str());
        PQclear(PQexec(c, sql.c_str()));
        PQfinish(c);
    }
    std::string freshStore()
    {
        std::string schema = "b" + std::to_string(++schemas);
        admin("CREATE SCHEMA " + schema);
        return url + "&options=-c%20search_path%3D" + schema;
    }
};

// Baseline: one row per point and one INSERT statement per point, one transaction.
double onePointPerStatement(const Cluster& pg, long n)
{
    PGconn* c = PQconnectdb(pg.conninfo.c_str());
    PQclear(PQexec(c, "DROP TABLE IF EXISTS points; CREATE TABLE points(run_id bigint, key text, step bigint, "
                      "value double precision, ts double precision)"));
    PQclear(PQprepare(c, "ins", "INSERT INTO points VALUES (1, 'loss', $1::bigint, $2::float8, $3::float8)", 3, nullptr));
    auto start = std::chrono::steady_clock::now();
    PQclear(PQexec(c, "BEGIN"));
    for (long i = 0; i < n; ++i) {
        std::string a = std::to_string(i), b = std::to_string(1.0 / double(i + 1)), t = std::to_string(1.7e9 + double(i));
        const char* v[] = {a.c_str(), b.c_str(), t.c_str()};
        PQclear(PQexecPrepared(c, "ins", 3, v, nullptr, nullptr, 0));
    }
    PQclear(PQexec(c, "COMMIT"));
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    PQfinish(c);
    return s;
}

double clientLog(const std::string& location, long n)
{
    auto store = Store::open(location);
    auto run = store.startRun({.captureEnvironment = false});
    auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i)
        run.logMetric("train/loss", 1.0 / double(i + 1));
    run.finish();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string logSeries(const std::string& location, long n)
{
    auto store = Store::open(location);
    auto run = store.startRun({.captureEnvironment = false});
    for (long i = 0; i < n; ++i)
        run.logMetric("x", double(i) * 0.5);
    run.finish();
    return run.id();
}

// Runs as a sweep writes them: four params, two tags, two metrics each.
void fillRuns(const std::string& location, int runs)
{
    auto store = Store::open(location);
    for (int i = 0; i < runs; ++i) {
        auto run = store.startRun({.experiment = i % 2 ? "resnet" : "vit", .name = "sweep-" + std::to_string(i),
                                   .params = {{"lr", 0.001 * (i % 10 + 1)}, {"batch", 32 << (i % 3)},
                                              {"opt", i % 4 ? "adam" : "sgd"}, {"seed", i}},
                                   .tags = {{"team", i % 3 ? "vision" : "nlp"}, {"stage", "sweep"}},
                                   .captureEnvironment = false});
        run.logMetric("val/acc", 0.5 + 0.4 * (i % 97) / 97.0, 0);
        run.logMetric("train/loss", 1.0 / (i + 1), 0);
        run.finish();
    }
}

double median(const std::function<double()>& fn)
{
    std::vector<double> t;
    for (int i = 0; i < kRepeats; ++i)
        t.push_back(fn());
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main()
{
    Cluster pg;
    std::printf("Runlens team store (PostgreSQL, Unix socket) beside SQLite, median of %d runs\n\n", kRepeats);

    double tBase = median([&] { return onePointPerStatement(pg, kBaselinePoints); });
    double tPg = median([&] { return clientLog(pg.freshStore(), kPoints); });
    double tSqlite = median([&] { return clientLog(benchStorePath("pg-bench.db"), kPoints); });
    std::printf("write %ld points, single logMetric calls, end to end (final flush included)\n", kPoints);
    std::printf("  baseline: one row + one INSERT per point (%ld points)  %8.3f M points/s\n", kBaselinePoints,
                kBaselinePoints / tBase / 1e6);
    std::printf("  C++ client on PostgreSQL                             %8.2f M points/s   (target >= 3 M points/s)\n",
                kPoints / tPg / 1e6);
    std::printf("  C++ client on SQLite                                 %8.2f M points/s\n", kPoints / tSqlite / 1e6);
    std::printf("  ratio PostgreSQL client / baseline                   %8.0f x\n\n",
                (kPoints / tPg) / (kBaselinePoints / tBase));

    std::string pgStore = pg.freshStore(), fileStore = benchStorePath("pg-bench-read.db");
    std::string pgId = logSeries(pgStore, kReadPoints), fileId = logSeries(fileStore, kReadPoints);
    auto pgReader = Store::open(pgStore), fileReader = Store::open(fileStore);
    double rPg = medianSeconds(kRepeats, [&] { pgReader.metric(pgId, "x"); });
    double rFile = medianSeconds(kRepeats, [&] { fileReader.metric(fileId, "x"); });
    std::printf("read one %ld-point series (steps + values)\n", kReadPoints);
    std::printf("  PostgreSQL (bytea chunks)                            %8.1f ms   (target <= 40 ms)\n", rPg * 1e3);
    std::printf("  SQLite                                               %8.1f ms\n", rFile * 1e3);
    std::printf("  ratio PostgreSQL / SQLite                            %8.2f x\n\n", rPg / rFile);

    // runlens sync of a file store into a team store (issue 15: >= 1 M points/s), beside
    // a sync of the same file into a new file.
    std::size_t synced = 0;
    double sPg = median([&] {
        auto t0 = std::chrono::steady_clock::now();
        synced = StoreSync(fileStore, pg.freshStore()).run({}).points;
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    });
    double sFile = median([&] {
        std::string target = benchStorePath("pg-bench-sync.db");
        auto t0 = std::chrono::steady_clock::now();
        StoreSync(fileStore, target).run({});
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    });
    std::printf("runlens sync of a %zu-point file store into a new store\n", synced);
    std::printf("  into PostgreSQL                                      %8.2f M points/s   (target >= 1 M points/s)\n",
                double(synced) / sPg / 1e6);
    std::printf("  into a SQLite file                                   %8.2f M points/s\n\n", double(synced) / sFile / 1e6);

    std::string pgRuns = pg.freshStore(), fileRuns = benchStorePath("pg-bench-runs.db");
    fillRuns(pgRuns, kRuns);
    fillRuns(fileRuns, kRuns);
    const char* query = "params.lr > 0.004 and tags.team = vision and metrics.`val/acc` > 0.7";
    auto pgQ = Store::open(pgRuns), fileQ = Store::open(fileRuns);
    std::size_t hits = 0;
    double qPg = medianSeconds(kRepeats, [&] { hits = pgQ.runs({.query = query}).size(); });
    double qFile = medianSeconds(kRepeats, [&] { fileQ.runs({.query = query}).size(); });
    std::printf("query filter over %d runs (%zu match), all runs read with params, tags, summaries\n", kRuns, hits);
    std::printf("  PostgreSQL                                           %8.1f ms   (target <= 50 ms)\n", qPg * 1e3);
    std::printf("  SQLite                                               %8.1f ms\n", qFile * 1e3);
    std::printf("  ratio PostgreSQL / SQLite                            %8.2f x\n", qPg / qFile);
    return 0;
}
