#pragma once

#include "runlens/model/RunRecord.h"

#include <cstdint>
#include <string>
#include <vector>

namespace runlens {

class Database;

// Loads run records (metadata, params, tags, series summaries) in a few set-wise
// queries, never per run, so 10 000 runs load in one pass.
class RunReader {
public:
    struct Scope {
        std::string experiment;   // "" = all
        bool includeArchived = false;
        std::int64_t runId = 0;   // 0 = all runs
        double heartbeatTimeout = 30.0;
    };

    explicit RunReader(Database& db) : m_db(db) {}
    std::vector<RunRecord> load(const Scope& scope);

private:
    std::string whereClause(const Scope& scope) const;
    void bindScope(class Statement& st, const Scope& scope) const;
    void loadParams(std::vector<RunRecord>& runs, const Scope& scope);
    void loadTags(std::vector<RunRecord>& runs, const Scope& scope);
    void loadSeries(std::vector<RunRecord>& runs, const Scope& scope);

    Database& m_db;
};

} // namespace runlens
