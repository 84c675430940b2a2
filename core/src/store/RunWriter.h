#pragma once

#include "runlens/model/ParamValue.h"
#include "runlens/model/RunRecord.h"
#include "runlens/store/RunOptions.h"

#include <cstdint>
#include <string>

namespace runlens {

class Database;

// The SQL of writing run metadata, shared by the client Run and the importers. Each
// call is one short write transaction (or joins the caller's).
class RunWriter {
public:
    struct NewRun {
        std::string uuid;
        std::string name;
        std::string experiment = "Default";
        std::string parentUuid;
        std::string status = "running";
        double startTime = 0;
        double endTime = -1;  // < 0: none
        std::string gitCommit, host, command, notes, source;
    };

    explicit RunWriter(Database& db) : m_db(db) {}

    std::int64_t experimentId(const std::string& name);
    std::int64_t createRun(const NewRun& run);
    void setParam(std::int64_t runId, const std::string& key, const ParamValue& value);
    void setTag(std::int64_t runId, const std::string& key, const std::string& value);
    void setNotes(std::int64_t runId, const std::string& notes);
    void heartbeat(std::int64_t runId, double now);
    void finish(std::int64_t runId, RunStatus status, double now);
    void addArtifact(std::int64_t runId, const std::string& path, std::int64_t size,
                     const std::string& sha256, double now);

    static double now();

private:
    Database& m_db;
};

} // namespace runlens
