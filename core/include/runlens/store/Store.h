#pragma once

#include "runlens/model/ArtifactRecord.h"
#include "runlens/model/ExperimentRecord.h"
#include "runlens/store/Run.h"
#include "runlens/query/RunFilter.h"
#include "runlens/store/RunOptions.h"
#include "runlens/model/RunRecord.h"
#include "runlens/model/SeriesData.h"
#include "runlens/model/StoreError.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace runlens {

class Database;

// A Runlens store: the SQLite file, or the PostgreSQL schema (a postgresql:// URL),
// that clients write and the app reads. Cheap to copy
// (copies share one connection); safe to use from several threads. Every call either
// does all it says or throws StoreError and changes nothing.
class Store {
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Store open(const std::string& path, Mode mode = Mode::ReadWrite);
    static Store openDefault(Mode mode = Mode::ReadWrite);
    // For readers: an existing store, writable when the file allows it (so an older
    // schema can be migrated), else read-only. Throws NotFound when there is none.
    static Store openExisting(const std::string& path);
    static std::string defaultPath();

    const std::string& path() const;
    bool isReadOnly() const;
    int schemaVersion() const;

    // --- logging (the client API) ---
    Run startRun(const RunOptions& options = {});

    // --- reading ---
    std::vector<ExperimentRecord> experiments() const;
    std::vector<RunRecord> runs(const RunFilter& filter = {}) const;
    // A run by uuid or unique uuid prefix (6+ digits); throws NotFound / InvalidInput.
    RunRecord run(const std::string& idOrPrefix, double heartbeatTimeout = 30.0) const;
    std::vector<std::pair<std::string, std::string>> metricKeys(const std::string& runId) const;
    // Points sorted by step (stable). withTimes also reads wall times.
    SeriesData metric(const std::string& runId, const std::string& key, const std::string& slice = {},
                      bool withTimes = false) const;
    // Points of series seriesId after the first `from` in log order, with times:
    // what a live view appends without reloading what it has.
    SeriesData seriesTail(std::int64_t seriesId, std::int64_t from) const;
    // filePath: the copy in the store's artifact folder, or for a PostgreSQL store the
    // place in the local cache where artifactFile() puts it.
    std::vector<ArtifactRecord> artifacts(const std::string& runId) const;
    // A local file with the artifact's bytes: the folder copy on SQLite; on PostgreSQL
    // fetched from the server into the cache ($XDG_CACHE_HOME/runlens/artifacts) unless
    // a copy with the right sha256 is already there.
    std::string artifactFile(const std::string& runId, const std::string& path) const;
    // Writes the artifact to destination after checking its sha256.
    void saveArtifact(const std::string& runId, const std::string& path, const std::string& destination) const;
    // Changes whenever another connection commits: cheap polling for live views.
    std::int64_t dataVersion() const;
    // For live views of a PostgreSQL store: a socket that becomes readable when another
    // machine commits (-1 on SQLite: poll dataVersion()), and whether what arrived on it
    // concerns this store. The socket may change after a reconnect.
    int changeSocket() const;
    bool takeChanges() const;
    // Which engine keeps the store.
    bool isTeamStore() const;
    std::int64_t runCount() const;

    // --- editing (the app) ---
    void renameRun(const std::string& runId, const std::string& name);
    void setTag(const std::string& runId, const std::string& key, const std::string& value);
    void removeTag(const std::string& runId, const std::string& key);
    void setNotes(const std::string& runId, const std::string& notes);
    void setArchived(const std::string& runId, bool archived);
    void setExperimentArchived(const std::string& experiment, bool archived);
    // Deletes runs with everything that hangs on them, in one transaction.
    void deleteRuns(const std::vector<std::string>& runIds);

    // The connection, for core classes that add their own operations (importers).
    Database& database() const;

private:
    friend class Run;
    explicit Store(std::shared_ptr<Database> db);
    static Store openServer(const std::string& url, Mode mode);
    static Store prepared(std::shared_ptr<Database> db);
    std::int64_t runKey(const std::string& runId) const;

    std::shared_ptr<Database> m_db;
};

} // namespace runlens
