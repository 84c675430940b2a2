#include "runlens/store/Store.h"

#include "store/Database.h"
#include "store/postgres/PgArtifacts.h"
#include "store/postgres/PgDatabase.h"
#include "store/ArtifactCopier.h"
#include "store/RunEnvironment.h"
#include "store/RunEditor.h"
#include "store/RunReader.h"
#include "store/RunState.h"
#include "store/RunWriter.h"
#include "store/SchemaMigrator.h"
#include "store/SeriesReader.h"
#include "runlens/query/Query.h"
#include "runlens/store/StorePath.h"
#include "runlens/model/Uuid.h"

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;
#include <thread>
#include <unistd.h>

namespace runlens {

Store::Store(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Store Store::openServer(const std::string& url, Mode mode)
{
    return prepared(Database::connect(url, mode == Mode::ReadOnly));
}

Store Store::prepared(std::shared_ptr<Database> db)
{
    std::lock_guard lock(db->mutex());
    SchemaMigrator::prepare(*db);
    return Store(std::move(db));
}

Store Store::open(const std::string& path, Mode mode)
{
    if (path.empty())
        throw StoreError(StoreError::Kind::InvalidInput, "no store path given");
    if (StorePath::isPostgres(path))
        return openServer(path, mode);
    StorePath::checkIsPath(path);
    bool readOnly = mode == Mode::ReadOnly;
    if (readOnly && !std::filesystem::exists(path))
        throw StoreError(StoreError::Kind::NotFound, "there is no store at '" + path + "'");
    if (!readOnly)
        StorePath::ensureParentDir(path);
    // Several processes opening a new store at once race for the first write (page
    // size, WAL switch, migration); the loser sees SQLITE_BUSY and simply tries again.
    // Only the result code says so: a damaged schema's message may well contain "locked"
    // (an index of that name), and waiting on damage only delays the error by 10 s.
    for (int attempt = 0;; ++attempt) {
        auto db = Database::connect(path, readOnly);
        if (!readOnly && db->isReadOnly())
            throw StoreError(StoreError::Kind::File, "the store '" + path + "' is read-only; open it read-only to browse it");
        try {
            std::lock_guard lock(db->mutex());
            SchemaMigrator::prepare(*db);
            return Store(std::move(db));
        } catch (const StoreError& e) {
            if (e.kind() != StoreError::Kind::Busy || attempt >= 200)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

Store Store::openDefault(Mode mode) { return open(defaultPath(), mode); }

Store Store::openExisting(const std::string& path)
{
    if (StorePath::isPostgres(path)) {
        // A viewer (no INSERT right) gets a read-only store, as a file without write
        // permission does; the server is asked rather than the user told after a failure.
        auto db = std::make_shared<PgDatabase>(path, false);
        if (!db->mayWrite()) {
            if (db->schemaVersion() == 0)
                throw StoreError(StoreError::Kind::NotFound,
                                 "there is no Runlens store in '" + db->path() + "' yet, and you may only read it: "
                                 "a writer creates it when it first logs a run");
            db->becomeReadOnly();
        }
        return prepared(std::move(db));
    }
    StorePath::checkIsPath(path);
    if (!std::filesystem::exists(path))
        throw StoreError(StoreError::Kind::NotFound,
                         "there is no store at '" + path + "' yet: log a run into it, or run 'runlens demo'");
    bool writable = ::access(path.c_str(), W_OK) == 0;
    return open(path, writable ? Mode::ReadWrite : Mode::ReadOnly);
}

std::string Store::defaultPath() { return StorePath::defaultPath(); }

const std::string& Store::path() const { return m_db->path(); }

bool Store::isReadOnly() const { return m_db->isReadOnly(); }

int Store::schemaVersion() const { return SchemaMigrator::latestVersion(); }

Database& Store::database() const { return *m_db; }

Run Store::startRun(const RunOptions& options)
{
    RunWriter::NewRun r;
    r.uuid = Uuid::generate();
    r.name = options.name.empty() ? "run-" + r.uuid.substr(0, 8) : options.name;
    r.experiment = options.experiment.empty() ? "Default" : options.experiment;
    r.parentUuid = options.parent;
    r.startTime = RunWriter::now();
    r.notes = options.notes;
    if (options.captureEnvironment) {
        auto env = RunEnvironment::capture();
        r.host = env.host;
        r.gitCommit = env.gitCommit;
        r.command = env.command;
    }
    RunWriter writer(*m_db);
    std::int64_t id = 0;
    // The run, its params and tags appear together or not at all.
    m_db->write([&] {
        id = writer.createRun(r);
        for (const auto& [k, v] : options.params)
            writer.setParam(id, k, v);
        for (const auto& [k, v] : options.tags)
            writer.setTag(id, k, v);
    });
    return Run(std::make_shared<RunState>(m_db, id, r.uuid, r.name, r.experiment));
}

std::vector<ExperimentRecord> Store::experiments() const
{
    std::vector<ExperimentRecord> out;
    m_db->read([&] {
        auto& st = m_db->prepare("SELECT e.id, e.uuid, e.name, e.created_at, e.archived, e.notes, "
                                 "(SELECT count(*) FROM runs r WHERE r.experiment_id = e.id) "
                                 "FROM experiments e ORDER BY e.name");
        while (st.step()) {
            out.push_back({st.int64At(0), st.textAt(1), st.textAt(2), st.doubleAt(3), st.int64At(4) != 0,
                           st.textAt(5), st.int64At(6)});
        }
        st.reset();
    });
    return out;
}

std::vector<RunRecord> Store::runs(const RunFilter& filter) const
{
    // Parse first: a malformed query is the caller's error and costs no I/O.
    Query query = Query::parse(filter.query);
    RunReader::Scope scope{filter.experiment, filter.includeArchived, 0, filter.heartbeatTimeout};
    auto all = RunReader(*m_db).load(scope);
    if (query.isEmpty())
        return all;
    std::vector<RunRecord> out;
    for (auto& r : all) {
        if (query.matches(r))
            out.push_back(std::move(r));
    }
    return out;
}

std::int64_t Store::runKey(const std::string& idOrPrefix) const
{
    if (idOrPrefix.size() < 6 || idOrPrefix.size() > 32
        || idOrPrefix.find_first_not_of("0123456789abcdef") != std::string::npos)
        throw StoreError(StoreError::Kind::InvalidInput,
                         "'" + idOrPrefix + "' is not a run id (6 to 32 lower-case hex digits)");
    std::vector<std::int64_t> found;
    m_db->read([&] {
        auto& st = m_db->prepare("SELECT id FROM runs WHERE uuid >= ? AND uuid < ? ORDER BY uuid LIMIT 2");
        st.bind(1, idOrPrefix).bind(2, idOrPrefix + "g");
        while (st.step())
            found.push_back(st.int64At(0));
        st.reset();
    });
    if (found.empty())
        throw StoreError(StoreError::Kind::NotFound, "no run with id '" + idOrPrefix + "'");
    if (found.size() > 1)
        throw StoreError(StoreError::Kind::InvalidInput, "run id prefix '" + idOrPrefix + "' is ambiguous");
    return found.front();
}

RunRecord Store::run(const std::string& idOrPrefix, double heartbeatTimeout) const
{
    RunReader::Scope scope;
    scope.runId = runKey(idOrPrefix);
    scope.includeArchived = true;
    scope.heartbeatTimeout = heartbeatTimeout;
    auto runs = RunReader(*m_db).load(scope);
    if (runs.empty())
        throw StoreError(StoreError::Kind::NotFound, "no run with id '" + idOrPrefix + "'");
    return runs.front();
}

std::vector<std::pair<std::string, std::string>> Store::metricKeys(const std::string& runId) const
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& s : run(runId).series)
        out.emplace_back(s.key, s.slice);
    return out;
}

SeriesData Store::metric(const std::string& runId, const std::string& key, const std::string& slice,
                         bool withTimes) const
{
    auto record = run(runId);
    const SeriesSummary* s = record.metric(key, slice);
    if (!s)
        return {};
    return SeriesReader(*m_db).all(s->seriesId, withTimes);
}

SeriesData Store::seriesTail(std::int64_t seriesId, std::int64_t from) const
{
    return SeriesReader(*m_db).tail(seriesId, from);
}

std::vector<ArtifactRecord> Store::artifacts(const std::string& runId) const
{
    auto record = run(runId);
    std::vector<ArtifactRecord> out;
    bool server = m_db->engine() == StoreEngine::PostgreSql;
    std::string root = server ? StorePath::artifactCache() + "/" : StorePath::artifactRoot(path()) + "/" + record.uuid + "/";
    m_db->read([&] {
        auto& st = m_db->prepare("SELECT path, size, sha256, created_at FROM artifacts WHERE run_id = ? ORDER BY path");
        st.bind(1, record.id);
        while (st.step()) {
            // In the cache a file is named by its content, so two runs' equal files are one.
            std::string file = server ? root + st.textAt(2) + "/" + fs::path(st.textAt(0)).filename().string()
                                      : root + st.textAt(0);
            out.push_back({st.textAt(0), st.int64At(1), st.textAt(2), st.doubleAt(3), file});
        }
        st.reset();
    });
    return out;
}

std::string Store::artifactFile(const std::string& runId, const std::string& path) const
{
    for (const auto& a : artifacts(runId)) {
        if (a.path != path)
            continue;
        if (m_db->engine() == StoreEngine::PostgreSql && !fs::exists(a.filePath))
            PgArtifacts::get(*m_db, runKey(runId), path, a.filePath);
        return a.filePath;
    }
    throw StoreError(StoreError::Kind::NotFound, "run '" + runId + "' has no artifact '" + path + "'");
}

void Store::saveArtifact(const std::string& runId, const std::string& path, const std::string& destination) const
{
    if (m_db->engine() == StoreEngine::PostgreSql) {
        PgArtifacts::get(*m_db, runKey(runId), path, destination);
        return;
    }
    for (const auto& a : artifacts(runId)) {
        if (a.path == path) {
            ArtifactCopier::saveVerified(a.filePath, a.sha256, destination);
            return;
        }
    }
    throw StoreError(StoreError::Kind::NotFound, "run '" + runId + "' has no artifact '" + path + "'");
}

std::int64_t Store::dataVersion() const
{
    std::lock_guard lock(m_db->mutex());
    return m_db->changeCounter();
}

int Store::changeSocket() const { return m_db->notificationSocket(); }

bool Store::takeChanges() const { return m_db->takeNotifications(); }

bool Store::isTeamStore() const { return m_db->engine() == StoreEngine::PostgreSql; }

std::int64_t Store::runCount() const
{
    std::int64_t n = 0;
    m_db->read([&] {
        auto& st = m_db->prepare("SELECT count(*) FROM runs");
        st.step();
        n = st.int64At(0);
        st.reset();
    });
    return n;
}

void Store::renameRun(const std::string& runId, const std::string& name)
{
    RunEditor(*m_db).rename(runKey(runId), name);
}

void Store::setTag(const std::string& runId, const std::string& key, const std::string& value)
{
    RunWriter(*m_db).setTag(runKey(runId), key, value);
}

void Store::removeTag(const std::string& runId, const std::string& key)
{
    RunEditor(*m_db).removeTag(runKey(runId), key);
}

void Store::setNotes(const std::string& runId, const std::string& notes)
{
    RunWriter(*m_db).setNotes(runKey(runId), notes);
}

void Store::setArchived(const std::string& runId, bool archived)
{
    RunEditor(*m_db).setArchived(runKey(runId), archived);
}

void Store::setExperimentArchived(const std::string& experiment, bool archived)
{
    RunEditor(*m_db).setExperimentArchived(experiment, archived);
}

void Store::deleteRuns(const std::vector<std::string>& runIds)
{
    std::vector<std::int64_t> keys;
    for (const auto& id : runIds)
        keys.push_back(runKey(id));
    auto deleted = RunEditor(*m_db).deleteRuns(keys);
    // Files go after the rows are gone: a crash in between leaves files, never rows
    // pointing at missing files.
    std::error_code ec;
    if (isTeamStore())
        return; // its artifacts were rows, gone with the run
    for (const auto& uuid : deleted)
        std::filesystem::remove_all(StorePath::artifactRoot(path()) + "/" + uuid, ec);
}

} // namespace runlens
