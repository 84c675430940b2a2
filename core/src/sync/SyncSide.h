#pragma once

#include "runlens/model/ParamValue.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace runlens {

class Database;

// A param or tag value with the time it was last written (docs/sync.md).
struct SyncedValue {
    ParamValue value;
    double editedAt = 0;
};

struct SyncedSeries {
    std::int64_t id = 0;
    std::int64_t count = 0;
};

struct SyncedArtifact {
    std::int64_t size = 0;
    std::string sha256;
    double createdAt = 0;
};

// Everything sync compares of one run, as one store holds it.
struct SyncedRun {
    bool found = false;
    std::int64_t id = 0;
    std::string uuid, experiment, parentUuid, name, status, gitCommit, host, command, notes, source;
    double startTime = 0;
    std::optional<double> endTime, heartbeat;
    bool archived = false;
    double nameEditedAt = 0, notesEditedAt = 0, archivedEditedAt = 0;
    std::map<std::string, SyncedValue> params, tags;
    std::map<std::pair<std::string, std::string>, SyncedSeries> series; // (key, slice)
    std::map<std::string, SyncedArtifact> artifacts;                    // by path

    // The newest sign of life of the run's writer: what decides whose status is current.
    double lastSignOfLife() const;
};

struct SyncedExperiment {
    bool found = false;
    std::int64_t id = 0;
    std::string uuid, name, notes;
    double createdAt = 0;
    bool archived = false;
    double notesEditedAt = 0, archivedEditedAt = 0;
};

struct SyncedDirection {
    std::string direction;
    double editedAt = 0;
};

struct SyncedDiagram {
    std::string uuid, name, json, sourceRun;
    double createdAt = 0, updatedAt = 0;
};

// One store as sync reads it. Knows the older schema versions a source may have (no
// edit times before version 3), so a source is read as it is and never migrated. A
// side without a database is an empty store (a dry run into a store not yet made).
class SyncSide {
public:
    SyncSide(Database* db, int schemaVersion) : m_db(db), m_version(schemaVersion) {}

    Database* database() const { return m_db; }
    SyncedRun run(const std::string& uuid) const;
    bool hasRun(const std::string& uuid) const;
    // The uuid of the run that was imported from `source`, if any.
    std::optional<std::string> importedAs(const std::string& source) const;
    bool isDeleted(const std::string& uuid) const;
    SyncedExperiment experiment(const std::string& name) const;
    bool hasExperimentUuid(const std::string& uuid) const;
    std::map<std::string, SyncedDirection> directions() const;
    std::vector<SyncedDiagram> diagrams() const;

private:
    void loadValues(SyncedRun& run, const char* table) const;
    void loadSeries(SyncedRun& run) const;
    void loadArtifacts(SyncedRun& run) const;
    // An edit-time column, or the given stand-in on a schema that has none.
    std::string edited(const char* column, const char* standIn = "0") const;

    Database* m_db;
    int m_version;
};

} // namespace runlens
