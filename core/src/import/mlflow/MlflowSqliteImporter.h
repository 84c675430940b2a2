#pragma once

#include "runlens/import/Importer.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

struct sqlite3;

namespace runlens {

class Statement;
struct ImportedRun;

// MLflow's SQLite backend (`mlflow.db`), any schema generation from 1.x to 3.x: columns
// are looked up with PRAGMA table_info, not assumed (step, is_nan, run names and
// lifecycle stages came and went). The file is opened read-only and never changed.
class MlflowSqliteImporter : public Importer {
public:
    std::string name() const override { return "mlflow-sqlite"; }
    bool canImport(const std::string& path) const override;
    void import(const std::string& path, ImportContext& context) override;

private:
    struct Connection;
    struct RunRow {
        std::string id, name, status, lifecycle, experimentId, artifactUri;
        std::string startMs, endMs;
        std::map<std::string, std::string> tags;
        std::string parentId;
    };
    struct Experiment {
        std::string name;
        bool deleted = false;
        std::int64_t runs = 0;
    };

    static std::set<std::string> columns(sqlite3* db, const std::string& table);
    static std::map<std::string, Experiment> readExperiments(sqlite3* db);
    static std::vector<RunRow> readRuns(sqlite3* db);
    static void readTags(sqlite3* db, std::vector<RunRow>& runs);
    // Returns the number of metric points left out (not a number, step beyond 64 bits).
    static std::int64_t readContent(sqlite3* db, const std::string& runId, ImportedRun& run);
    static void addArtifacts(const std::string& dbPath, const std::string& artifactUri, ImportedRun& run,
                             ImportContext& context);
    void importRun(sqlite3* db, const std::string& dbPath, const RunRow& row, const std::string& experiment,
                   ImportContext& context) const;
};

} // namespace runlens
