#include "sync/SyncWriter.h"

#include "store/ArtifactCopier.h"
#include "store/ChunkCheck.h"
#include "store/ChunkCodec.h"
#include "store/Database.h"
#include "store/PointBatch.h"
#include "store/SeriesAppender.h"
#include "store/postgres/PgArtifacts.h"
#include "runlens/model/Uuid.h"
#include "runlens/store/StorePath.h"

#include <algorithm>

#include <filesystem>

namespace runlens {

namespace {

void bindOptional(Statement& st, int index, const std::optional<double>& v)
{
    v ? st.bind(index, *v) : st.bindNull(index);
}

// Binds column `col` of a row as it is: NULL stays NULL (an empty series' steps,
// a NaN value), integers stay integers.
void bindInteger(Statement& to, int index, const Statement& from, int col)
{
    from.isNull(col) ? to.bindNull(index) : to.bind(index, from.int64At(col));
}

void bindReal(Statement& to, int index, const Statement& from, int col)
{
    from.isNull(col) ? to.bindNull(index) : to.bind(index, from.doubleAt(col));
}

// A temporary file for an artifact fetched from a team store, removed with the object.
class FetchedFile {
public:
    ~FetchedFile()
    {
        if (!m_path.empty())
            std::filesystem::remove(m_path, m_ec);
    }
    std::string make()
    {
        m_path = (std::filesystem::temp_directory_path() / ("runlens-sync-" + Uuid::generate())).string();
        return m_path;
    }
    bool used() const { return !m_path.empty(); }
    bool complete() const { return used() && std::filesystem::exists(m_path, m_ec); }

private:
    std::string m_path;
    mutable std::error_code m_ec;
};

} // namespace

void SyncWriter::applyExperiment(const SyncedExperiment& s, const ExperimentPlan& plan, bool keepUuid)
{
    if (plan.create) {
        auto& st = m_target.prepare(
            "INSERT INTO experiments(uuid, name, created_at, archived, notes, notes_edited_at, archived_edited_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        // Each machine made its own "Default": a uuid the target already uses for another
        // experiment gives way to a new one, the name is what matches.
        st.bind(1, keepUuid ? s.uuid : Uuid::generate()).bind(2, s.name).bind(3, s.createdAt);
        st.bind(4, s.archived ? 1 : 0).bind(5, s.notes).bind(6, s.notesEditedAt).bind(7, s.archivedEditedAt);
        st.run();
        return;
    }
    if (plan.notes)
        m_target.prepare("UPDATE experiments SET notes = ?, notes_edited_at = ? WHERE name = ?")
            .bind(1, plan.notes->first).bind(2, plan.notes->second).bind(3, s.name).run();
    if (plan.archived)
        m_target.prepare("UPDATE experiments SET archived = ?, archived_edited_at = ? WHERE name = ?")
            .bind(1, plan.archived->first ? 1 : 0).bind(2, plan.archived->second).bind(3, s.name).run();
}

SyncWriter::Copied SyncWriter::applyRun(const SyncedRun& s, const RunPlan& plan, std::int64_t runId)
{
    Copied copied;
    if (plan.create) {
        // A run brought back with --include-deleted is no longer deleted here.
        m_target.prepare("DELETE FROM deleted_runs WHERE uuid = ?").bind(1, s.uuid).run();
        runId = createRun(s);
    }
    applyFields(s, plan, runId);
    for (const auto& [key, v] : plan.params)
        writeValue("params", runId, key, v);
    for (const auto& [key, v] : plan.tags)
        writeValue("tags", runId, key, v);
    for (const auto& c : plan.series)
        copySeries(runId, c, copied);
    for (const auto& path : plan.artifacts)
        copyArtifact(s, runId, path, copied);
    return copied;
}

std::int64_t SyncWriter::createRun(const SyncedRun& s)
{
    auto& st = m_target.prepare(
        "INSERT INTO runs(uuid, experiment_id, parent_id, name, status, start_time, end_time, heartbeat, git_commit, "
        "host, command, notes, archived, source, name_edited_at, notes_edited_at, archived_edited_at) "
        "VALUES (?1, (SELECT id FROM experiments WHERE name = ?2), (SELECT id FROM runs WHERE uuid = ?3), ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) RETURNING id");
    st.bind(1, s.uuid).bind(2, s.experiment).bind(3, s.parentUuid).bind(4, s.name).bind(5, s.status);
    st.bind(6, s.startTime);
    bindOptional(st, 7, s.endTime);
    bindOptional(st, 8, s.heartbeat);
    st.bind(9, s.gitCommit).bind(10, s.host).bind(11, s.command).bind(12, s.notes).bind(13, s.archived ? 1 : 0);
    s.source.empty() ? st.bindNull(14) : st.bind(14, s.source);
    st.bind(15, s.nameEditedAt).bind(16, s.notesEditedAt).bind(17, s.archivedEditedAt);
    st.step();
    std::int64_t id = st.int64At(0);
    st.reset();
    return id;
}

void SyncWriter::applyFields(const SyncedRun& s, const RunPlan& plan, std::int64_t runId)
{
    if (plan.lifeFromSource) {
        auto& st = m_target.prepare("UPDATE runs SET status = ?, end_time = ?, heartbeat = ? WHERE id = ?");
        st.bind(1, s.status);
        bindOptional(st, 2, s.endTime);
        bindOptional(st, 3, s.heartbeat);
        st.bind(4, runId).run();
    }
    if (plan.linkParent)
        m_target.prepare("UPDATE runs SET parent_id = (SELECT id FROM runs WHERE uuid = ?) WHERE id = ?")
            .bind(1, s.parentUuid).bind(2, runId).run();
    // The edit time travels with the value, so the triggers that stamp edits made here
    // leave it as it is.
    if (plan.name)
        m_target.prepare("UPDATE runs SET name = ?, name_edited_at = ? WHERE id = ?")
            .bind(1, plan.name->first).bind(2, plan.name->second).bind(3, runId).run();
    if (plan.notes)
        m_target.prepare("UPDATE runs SET notes = ?, notes_edited_at = ? WHERE id = ?")
            .bind(1, plan.notes->first).bind(2, plan.notes->second).bind(3, runId).run();
    if (plan.archived)
        m_target.prepare("UPDATE runs SET archived = ?, archived_edited_at = ? WHERE id = ?")
            .bind(1, plan.archived->first ? 1 : 0).bind(2, plan.archived->second).bind(3, runId).run();
}

void SyncWriter::writeValue(const char* table, std::int64_t runId, const std::string& key, const SyncedValue& v)
{
    bool params = std::string(table) == "params";
    ParamValueSql value = params ? m_target.paramValue() : ParamValueSql{"value", "?", "value = excluded.value", 1};
    auto& st = m_target.prepare(std::string("INSERT INTO ") + table + "(run_id, key, edited_at, " + value.columns
                                + ") VALUES (?, ?, ?, " + value.placeholders
                                + ") ON CONFLICT(run_id, key) DO UPDATE SET edited_at = excluded.edited_at, " + value.upsert);
    st.bind(1, runId).bind(2, key).bind(3, v.editedAt);
    params ? st.bind(4, v.value) : st.bind(4, v.value.toString());
    st.run();
}

void SyncWriter::copySeries(std::int64_t runId, const RunPlan::SeriesCopy& c, Copied& copied)
{
    m_target.prepare("INSERT INTO series(run_id, key, slice) VALUES (?, ?, ?) ON CONFLICT(run_id, key, slice) DO NOTHING")
        .bind(1, runId).bind(2, c.key).bind(3, c.slice).run();
    auto& id = m_target.prepare("SELECT id FROM series WHERE run_id = ? AND key = ? AND slice = ?");
    id.bind(1, runId).bind(2, c.key).bind(3, c.slice);
    id.step();
    std::int64_t seriesId = id.int64At(0);
    id.reset();

    auto& last = m_target.prepare("SELECT seq, n FROM chunks WHERE series_id = ? ORDER BY seq DESC LIMIT 1");
    auto lastChunk = [&](std::int64_t& nextSeq) {
        last.bind(1, seriesId);
        std::int64_t n = ChunkCodec::kMaxPoints;
        nextSeq = 0;
        if (last.step()) {
            nextSeq = last.int64At(0) + 1;
            n = last.int64At(1);
        }
        last.reset();
        return n;
    };
    std::int64_t nextSeq = 0;
    bool lastFull = lastChunk(nextSeq) >= static_cast<std::int64_t>(ChunkCodec::kMaxPoints);

    auto& chunks = m_source.prepare("SELECT seq, n, steps, vals, times FROM chunks WHERE series_id = ? ORDER BY seq");
    chunks.bind(1, c.sourceId);
    std::int64_t skip = c.from, left = c.points;
    while (left > 0 && chunks.step()) {
        std::size_t n = 0;
        try {
            n = ChunkCheck::points(m_source, c.sourceId, chunks, 0, 1, {2, 3, 4});
        } catch (const StoreError& e) {
            chunks.reset();
            throw SyncSourceDamaged(e.what());
        }
        auto count = static_cast<std::int64_t>(n);
        if (skip >= count) {
            skip -= count;
            continue;
        }
        auto take = std::min(count - skip, left);
        if (skip == 0 && take == count && lastFull) {
            // Whole chunks travel as they are: no decoding, the bytes are the format.
            insertChunk(seriesId, nextSeq++, chunks, n);
            lastFull = n >= ChunkCodec::kMaxPoints;
        } else {
            // The tail of a chunk, or a target whose last chunk has room: the appender
            // fills that chunk first, so repeated small syncs do not leave small chunks.
            PointBatch batch{c.key, c.slice, {}, {}, {}};
            auto from = static_cast<std::size_t>(skip);
            auto k = static_cast<std::size_t>(take);
            auto at = [&](int col) { return static_cast<const char*>(chunks.blobAt(col)) + from * 8; };
            ChunkCodec::append(batch.steps, at(2), k);
            ChunkCodec::append(batch.values, at(3), k);
            ChunkCodec::append(batch.times, at(4), k);
            SeriesAppender(m_target).append(runId, batch);
            lastFull = lastChunk(nextSeq) >= static_cast<std::int64_t>(ChunkCodec::kMaxPoints);
        }
        ++copied.chunks;
        copied.points += take;
        left -= take;
        skip = 0;
    }
    chunks.reset();
    // A summary that counts more points than the chunks hold is damage: copying it
    // would make the target claim points it does not have.
    if (left > 0)
        throw SyncSourceDamaged("series '" + c.key + "' holds " + std::to_string(c.from + c.points - left)
                                + " points, but its summary counts " + std::to_string(c.from + c.points));
    copySummary(c.sourceId, seriesId);
}

void SyncWriter::insertChunk(std::int64_t seriesId, std::int64_t seq, const Statement& chunk, std::size_t n)
{
    auto& ins = m_target.prepare("INSERT INTO chunks(series_id, seq, n, steps, vals, times) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, seriesId).bind(2, seq).bind(3, static_cast<std::int64_t>(n));
    for (int col = 2; col <= 4; ++col)
        ins.bindBlob(col + 2, chunk.blobAt(col), n * 8);
    ins.run();
}

void SyncWriter::copySummary(std::int64_t sourceSeriesId, std::int64_t targetSeriesId)
{
    // The target now holds the very points the source holds, so the source's summary
    // is the target's: no point is read twice to recompute it.
    auto& from = m_source.prepare("SELECT count, first_step, last_step, last_value, last_time, min_value, max_value "
                                  "FROM series WHERE id = ?");
    from.bind(1, sourceSeriesId);
    from.step();
    auto& to = m_target.prepare("UPDATE series SET count = ?, first_step = ?, last_step = ?, last_value = ?, "
                                "last_time = ?, min_value = ?, max_value = ? WHERE id = ?");
    for (int col = 0; col < 3; ++col) // count, first_step, last_step
        bindInteger(to, col + 1, from, col);
    for (int col = 3; col < 7; ++col) // last_value, last_time, min_value, max_value
        bindReal(to, col + 1, from, col);
    from.reset();
    to.bind(8, targetSeriesId).run();
}

void SyncWriter::copyArtifact(const SyncedRun& s, std::int64_t runId, const std::string& path, Copied& copied)
{
    const SyncedArtifact& a = s.artifacts.at(path);
    // The source's bytes as a local file: its folder copy, or fetched from a team store.
    FetchedFile fetched;
    std::string file = (std::filesystem::path(StorePath::artifactRoot(m_sourcePath)) / s.uuid / path).string();
    ArtifactLimits limits;
    limits.followSymlinks = false;
    limits.expectedSha256 = a.sha256;
    ArtifactCopier::Result r;
    try {
        if (m_source.engine() == StoreEngine::PostgreSql) {
            file = fetched.make();
            PgArtifacts::get(m_source, s.id, path, file);
        }
        if (m_target.engine() == StoreEngine::PostgreSql) {
            r = PgArtifacts::put(m_target, runId, file, path, a.createdAt, limits);
        } else {
            r = ArtifactCopier::copy(m_targetPath, s.uuid, file, path, limits);
            m_target.prepare("INSERT INTO artifacts(run_id, path, size, sha256, created_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(run_id, path) DO UPDATE SET size = excluded.size, sha256 = excluded.sha256, "
                             "created_at = excluded.created_at")
                .bind(1, runId).bind(2, r.relativePath).bind(3, r.size).bind(4, r.sha256).bind(5, a.createdAt).run();
        }
    } catch (const StoreError& e) {
        // A missing or damaged file in the source is the source's problem: the run
        // waits for the next sync instead of arriving without it.
        bool sourceSide = e.kind() == StoreError::Kind::InvalidInput
                          || (fetched.used() && e.kind() == StoreError::Kind::File && !fetched.complete());
        if (sourceSide)
            throw SyncSourceDamaged("artifact '" + path + "' of run " + s.uuid + ": " + e.what());
        throw;
    }
    ++copied.artifacts;
    copied.artifactBytes += r.size;
}

void SyncWriter::applyDirection(const std::string& key, const SyncedDirection& d)
{
    m_target.prepare("INSERT INTO metric_directions(key, direction, edited_at) VALUES (?, ?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET direction = excluded.direction, edited_at = excluded.edited_at")
        .bind(1, key).bind(2, d.direction).bind(3, d.editedAt).run();
}

void SyncWriter::applyDiagram(const SyncedDiagram& d)
{
    auto& st = m_target.prepare(
        "INSERT INTO diagrams(uuid, name, json, created_at, updated_at, source_run) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(uuid) DO UPDATE SET name = excluded.name, json = excluded.json, updated_at = excluded.updated_at, "
        "source_run = excluded.source_run");
    st.bind(1, d.uuid).bind(2, d.name).bind(3, d.json).bind(4, d.createdAt).bind(5, d.updatedAt);
    d.sourceRun.empty() ? st.bindNull(6) : st.bind(6, d.sourceRun);
    st.run();
}

} // namespace runlens
