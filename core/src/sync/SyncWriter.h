#pragma once

#include "runlens/model/StoreError.h"
#include "sync/SyncPlan.h"
#include "sync/SyncSide.h"

#include <cstdint>
#include <string>

namespace runlens {

class Database;

// Something in the source cannot be copied as it is (a damaged chunk): that run is left
// out of this sync, the others go on.
class SyncSourceDamaged : public StoreError {
public:
    explicit SyncSourceDamaged(const std::string& message) : StoreError(Kind::File, message) {}
};

// Carries plans out on the target, inside the caller's write transaction. Points are
// read from the source inside the caller's read transaction on it, so what is copied is
// exactly what the plan counted.
class SyncWriter {
public:
    struct Copied {
        std::int64_t points = 0;
        std::int64_t chunks = 0;
        std::size_t artifacts = 0;
        std::int64_t artifactBytes = 0;
    };

    SyncWriter(Database& target, std::string targetPath, Database& source, std::string sourcePath)
        : m_target(target), m_targetPath(std::move(targetPath)), m_source(source), m_sourcePath(std::move(sourcePath))
    {
    }

    void applyExperiment(const SyncedExperiment& source, const ExperimentPlan& plan, bool keepUuid);
    Copied applyRun(const SyncedRun& source, const RunPlan& plan, std::int64_t targetRunId);
    void applyDirection(const std::string& key, const SyncedDirection& d);
    void applyDiagram(const SyncedDiagram& d);

private:
    std::int64_t createRun(const SyncedRun& s);
    void applyFields(const SyncedRun& s, const RunPlan& plan, std::int64_t runId);
    void writeValue(const char* table, std::int64_t runId, const std::string& key, const SyncedValue& v);
    void copySeries(std::int64_t runId, const RunPlan::SeriesCopy& c, Copied& copied);
    void insertChunk(std::int64_t seriesId, std::int64_t seq, const class Statement& chunk, std::size_t n);
    void copySummary(std::int64_t sourceSeriesId, std::int64_t targetSeriesId);
    void copyArtifact(const SyncedRun& s, std::int64_t runId, const std::string& path, Copied& copied);

    Database& m_target;
    std::string m_targetPath;
    Database& m_source;
    std::string m_sourcePath;
};

} // namespace runlens
