#include "import/mlflow/MlflowSqliteImporter.h"

#include "import/ImportContext.h"
#include "import/ImportNumbers.h"
#include "import/ImportPaths.h"
#include "import/mlflow/MlflowRunMapping.h"
#include "store/sqlite/SqliteStatement.h"

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <unordered_map>

namespace fs = std::filesystem;

namespace runlens {

// A read-only connection to someone else's database. mode=ro first; if the folder is
// read-only and the file is in WAL mode that cannot open, so fall back to immutable.
struct MlflowSqliteImporter::Connection {
    sqlite3* db = nullptr;
    explicit Connection(const std::string& path)
    {
        for (const char* query : {"?mode=ro", "?mode=ro&immutable=1"}) {
            std::string uri = "file:";
            for (char c : ImportPaths::canonical(path)) {
                // Percent-encode what a URI path may not carry as is.
                if (c == '?' || c == '#' || c == '%') {
                    static const char* hex = "0123456789ABCDEF";
                    uri += '%';
                    uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
                    uri += hex[static_cast<unsigned char>(c) & 0xf];
                } else {
                    uri += c;
                }
            }
            uri += query;
            if (sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK &&
                sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK)
                return;
            sqlite3_close(db);
            db = nullptr;
        }
    }
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
};

std::set<std::string> MlflowSqliteImporter::columns(sqlite3* db, const std::string& table)
{
    std::set<std::string> out;
    // table is one of our own constant names, never user text.
    SqliteStatement st(db, "PRAGMA table_info(" + table + ")");
    while (st.step())
        out.insert(st.textAt(1));
    return out;
}

bool MlflowSqliteImporter::canImport(const std::string& path) const
{
    if (!ImportPaths::isFile(path) || ImportPaths::head(path, 16) != std::string("SQLite format 3\0", 16))
        return false;
    // A damaged mlflow.db is still ours to report on, with SQLite's reason.
    if (ImportPaths::baseName(path) == "mlflow.db")
        return true;
    try {
        Connection c(path);
        if (!c.db)
            return false;
        auto runs = columns(c.db, "runs");
        auto experiments = columns(c.db, "experiments");
        return runs.count("run_uuid") && runs.count("experiment_id") && experiments.count("experiment_id") &&
               experiments.count("name");
    } catch (const StoreError&) {
        return false;
    }
}

std::map<std::string, MlflowSqliteImporter::Experiment> MlflowSqliteImporter::readExperiments(sqlite3* db)
{
    auto have = columns(db, "experiments");
    // MLflow 3 added workspaces: names are unique per workspace only, so experiments
    // outside the default workspace are named "<workspace>/<name>" here.
    bool hasWorkspace = have.count("workspace") > 0;
    std::map<std::string, Experiment> out;
    SqliteStatement st(db, std::string("SELECT CAST(experiment_id AS TEXT), name, ") +
                         (have.count("lifecycle_stage") ? "lifecycle_stage" : "'active'") + ", " +
                         (hasWorkspace ? "workspace" : "''") + " FROM experiments");
    while (st.step()) {
        std::string workspace = st.textAt(3);
        std::string name = workspace.empty() || workspace == "default" ? st.textAt(1) : workspace + "/" + st.textAt(1);
        out[st.textAt(0)] = {name, st.textAt(2) == "deleted"};
    }
    return out;
}

std::vector<MlflowSqliteImporter::RunRow> MlflowSqliteImporter::readRuns(sqlite3* db)
{
    auto have = columns(db, "runs");
    // Column names come from this fixed list, only kept when the table has them.
    auto col = [&](const char* name, const char* fallback) {
        return have.count(name) ? std::string("CAST(") + name + " AS TEXT)" : std::string(fallback);
    };
    std::string sql = "SELECT run_uuid, " + col("name", "''") + ", " + col("status", "'FINISHED'") + ", " +
                      col("lifecycle_stage", "'active'") + ", CAST(experiment_id AS TEXT), " +
                      col("artifact_uri", "''") + ", " + col("start_time", "''") + ", " + col("end_time", "''") +
                      " FROM runs ORDER BY " + (have.count("start_time") ? "start_time, " : "") + "run_uuid";
    SqliteStatement st(db, sql);
    std::vector<RunRow> out;
    while (st.step()) {
        RunRow r;
        r.id = st.textAt(0);
        r.name = st.textAt(1);
        r.status = st.textAt(2);
        r.lifecycle = st.textAt(3);
        r.experimentId = st.textAt(4);
        r.artifactUri = st.textAt(5);
        r.startMs = st.textAt(6);
        r.endMs = st.textAt(7);
        out.push_back(std::move(r));
    }
    return out;
}

void MlflowSqliteImporter::readTags(sqlite3* db, std::vector<RunRow>& runs)
{
    if (columns(db, "tags").count("run_uuid") == 0)
        return;
    std::unordered_map<std::string, RunRow*> byId;
    for (auto& r : runs)
        byId[r.id] = &r;
    SqliteStatement st(db, "SELECT run_uuid, key, value FROM tags");
    while (st.step()) {
        auto it = byId.find(st.textAt(0));
        if (it != byId.end())
            it->second->tags[st.textAt(1)] = st.textAt(2);
    }
    for (auto& r : runs)
        if (auto it = r.tags.find("mlflow.parentRunId"); it != r.tags.end())
            r.parentId = it->second;
}

void MlflowSqliteImporter::importRun(sqlite3* db, const std::string& dbPath, const RunRow& row,
                                     const std::string& experiment, ImportContext& context) const
{
    std::string where = dbPath + " (run " + row.id + ")";
    if (context.skipIfImported(MlflowRunMapping::source(row.id), name(), where))
        return;
    ImportedRun run;
    run.format = name();
    run.path = where;
    run.source = MlflowRunMapping::source(row.id);
    run.preferredUuid = row.id;
    run.experiment = experiment;
    MlflowRunMapping::applyTags(run, row.name, row.tags);
    run.status = MlflowRunMapping::status(row.status);
    run.startTime = MlflowRunMapping::millisToSeconds(row.startMs);
    double end = MlflowRunMapping::millisToSeconds(row.endMs);
    run.endTime = run.status == "running" || std::isnan(end) ? -1 : end;

    // Errors reading someone else's file are problems with that file, not with the store.
    try {
        if (std::int64_t bad = readContent(db, row.id, run))
            context.problem(where, std::to_string(bad) + " metric points skipped: the value is not a number or the "
                                                         "step not a 64-bit integer");
    } catch (const StoreError& e) {
        context.problem(where, std::string("run not imported: cannot read it: ") + e.what());
        return;
    }
    addArtifacts(dbPath, row.artifactUri, run, context);
    context.commit(run);
}

std::int64_t MlflowSqliteImporter::readContent(sqlite3* db, const std::string& runId, ImportedRun& run)
{
    SqliteStatement params(db, "SELECT key, value FROM params WHERE run_uuid = ?");
    params.bind(1, runId);
    while (params.step())
        run.params.emplace_back(params.textAt(0), params.valueAt(1));

    auto have = columns(db, "metrics");
    std::string step = have.count("step") ? "step" : "0";
    std::string sql = "SELECT key, value, timestamp, " + step + ", " + (have.count("is_nan") ? "is_nan" : "0") +
                      ", typeof(value), typeof(" + step + ") FROM metrics WHERE run_uuid = ? ORDER BY key, timestamp, " +
                      (have.count("step") ? "step" : "timestamp");
    SqliteStatement metrics(db, sql);
    metrics.bind(1, runId);
    std::int64_t bad = 0;
    while (metrics.step()) {
        // SQLite converts what it cannot: text 'abc' reads as 0, a step stored as REAL
        // past 2^63 as INT64_MAX. Such points are counted and reported, not invented.
        std::string valueType = metrics.textAt(5), stepType = metrics.textAt(6);
        std::int64_t at = 0;
        bool numeric = valueType == "real" || valueType == "integer";
        bool stepOk = stepType == "integer" ? (at = metrics.int64At(3), true)
                                            : stepType == "real" && ImportNumbers::stepFromDouble(metrics.doubleAt(3), at);
        if (!stepOk || (!metrics.int64At(4) && !numeric)) {
            ++bad;
            continue;
        }
        double v = metrics.int64At(4) ? std::numeric_limits<double>::quiet_NaN()
                                      : MlflowRunMapping::sqlValue(metrics.doubleAt(1));
        run.addPoint(metrics.textAt(0), at, v, metrics.doubleAt(2) / 1000.0);
    }
    return bad;
}

void MlflowSqliteImporter::addArtifacts(const std::string& dbPath, const std::string& artifactUri, ImportedRun& run,
                                        ImportContext& context)
{
    // Artifacts: a relative artifact_uri ("./mlruns/1/<id>/artifacts") is relative to
    // where mlflow ran, which is usually the folder of mlflow.db. The database is
    // untrusted: the folder must be one the user imported or allowed.
    std::string uri = ImportPaths::fromUri(artifactUri);
    fs::path dir = fs::path(uri).is_relative() ? fs::path(dbPath).parent_path() / uri : fs::path(uri);
    if (!uri.empty() && ImportPaths::isDirectory(dir.string()) &&
        context.artifactFolderAllowed(dir.string(), dbPath)) {
        context.listArtifacts(dir.string(), run);
    } else if (!artifactUri.empty()) {
        run.tags.emplace_back("mlflow.artifactUri", artifactUri);
    }
}

void MlflowSqliteImporter::import(const std::string& path, ImportContext& context)
{
    Connection c(path);
    if (!c.db) {
        context.problem(path, "cannot open it as an SQLite database (damaged or not a database)");
        return;
    }
    std::map<std::string, Experiment> experiments;
    std::vector<RunRow> runs;
    try {
        experiments = readExperiments(c.db);
        runs = readRuns(c.db);
        readTags(c.db, runs);
    } catch (const StoreError& e) {
        context.problem(path, std::string("cannot read the MLflow database: ") + e.what());
        return;
    }

    std::vector<const RunRow*> live;
    for (const auto& r : runs) {
        auto exp = experiments.find(r.experimentId);
        if (exp != experiments.end() && exp->second.deleted) {
            ++exp->second.runs;
        } else if (r.lifecycle == "deleted") {
            context.problem(path, "run " + r.id + (r.name.empty() ? "" : " ('" + r.name + "')") +
                                      " is deleted in MLflow: not imported");
        } else {
            live.push_back(&r);
        }
    }
    for (const auto& [id, exp] : experiments)
        if (exp.deleted)
            context.problem(path, "experiment '" + exp.name + "' is deleted in MLflow: its " +
                                      std::to_string(exp.runs) + " runs were not imported");

    std::vector<std::string> ids, parents;
    for (const auto* r : live) {
        ids.push_back(r->id);
        parents.push_back(r->parentId);
    }
    auto order = MlflowRunMapping::parentsFirst(ids, parents);
    for (std::size_t i = 0; i < order.size(); ++i) {
        context.checkCancelled();
        const RunRow& r = *live[order[i]];
        auto exp = experiments.find(r.experimentId);
        std::string expName = exp == experiments.end() || exp->second.name.empty() ? "Default" : exp->second.name;
        importRun(c.db, ImportPaths::canonical(path), r, expName, context);
        context.progress(i + 1, order.size());
    }
}

} // namespace runlens
