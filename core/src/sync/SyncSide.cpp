#include "sync/SyncSide.h"

#include "store/Database.h"

#include <algorithm>

namespace runlens {

double SyncedRun::lastSignOfLife() const
{
    return std::max({startTime, endTime.value_or(startTime), heartbeat.value_or(startTime)});
}

std::string SyncSide::edited(const char* column, const char* standIn) const
{
    return m_version >= 3 ? std::string(column) : std::string(standIn);
}

SyncedRun SyncSide::run(const std::string& uuid) const
{
    SyncedRun r;
    r.uuid = uuid;
    if (!m_db)
        return r;
    auto& st = m_db->prepare(
        "SELECT r.id, e.name, p.uuid, r.name, r.status, r.start_time, r.end_time, r.heartbeat, r.git_commit, "
        "r.host, r.command, r.notes, r.archived, coalesce(r.source, ''), "
        + edited("r.name_edited_at") + ", " + edited("r.notes_edited_at") + ", " + edited("r.archived_edited_at")
        + " FROM runs r JOIN experiments e ON e.id = r.experiment_id LEFT JOIN runs p ON p.id = r.parent_id "
          "WHERE r.uuid = ?");
    st.bind(1, uuid);
    if (st.step()) {
        r.found = true;
        r.id = st.int64At(0);
        r.experiment = st.textAt(1);
        r.parentUuid = st.isNull(2) ? "" : st.textAt(2);
        r.name = st.textAt(3);
        r.status = st.textAt(4);
        r.startTime = st.doubleAt(5);
        if (!st.isNull(6))
            r.endTime = st.doubleAt(6);
        if (!st.isNull(7))
            r.heartbeat = st.doubleAt(7);
        r.gitCommit = st.textAt(8);
        r.host = st.textAt(9);
        r.command = st.textAt(10);
        r.notes = st.textAt(11);
        r.archived = st.int64At(12) != 0;
        r.source = st.textAt(13);
        r.nameEditedAt = st.doubleAt(14);
        r.notesEditedAt = st.doubleAt(15);
        r.archivedEditedAt = st.doubleAt(16);
    }
    st.reset();
    if (!r.found)
        return r;
    loadValues(r, "params");
    loadValues(r, "tags");
    loadSeries(r);
    loadArtifacts(r);
    return r;
}

void SyncSide::loadValues(SyncedRun& run, const char* table) const
{
    // Before version 3 a value has no time of its own: it counts as written when its
    // run started, as the migration to version 3 sets it.
    bool params = std::string(table) == "params";
    std::string value = params ? m_db->paramValue().of(table) : "value";
    std::string sql = "SELECT key, " + edited("edited_at", "?2") + ", " + value + " FROM " + table + " WHERE run_id = ?1";
    auto& st = m_db->prepare(sql);
    st.bind(1, run.id);
    if (m_version < 3)
        st.bind(2, run.startTime);
    auto& out = params ? run.params : run.tags;
    while (st.step())
        out[st.textAt(0)] = {params ? st.valueAt(2) : ParamValue(st.textAt(2)), st.doubleAt(1)};
    st.reset();
}

void SyncSide::loadSeries(SyncedRun& run) const
{
    auto& st = m_db->prepare("SELECT key, slice, id, count FROM series WHERE run_id = ?");
    st.bind(1, run.id);
    while (st.step())
        run.series[{st.textAt(0), st.textAt(1)}] = {st.int64At(2), st.int64At(3)};
    st.reset();
}

void SyncSide::loadArtifacts(SyncedRun& run) const
{
    auto& st = m_db->prepare("SELECT path, size, sha256, created_at FROM artifacts WHERE run_id = ?");
    st.bind(1, run.id);
    while (st.step())
        run.artifacts[st.textAt(0)] = {st.int64At(1), st.textAt(2), st.doubleAt(3)};
    st.reset();
}

bool SyncSide::hasRun(const std::string& uuid) const
{
    if (!m_db || uuid.empty())
        return false;
    auto& st = m_db->prepare("SELECT 1 FROM runs WHERE uuid = ?");
    st.bind(1, uuid);
    bool found = st.step();
    st.reset();
    return found;
}

std::optional<std::string> SyncSide::importedAs(const std::string& source) const
{
    if (!m_db || source.empty())
        return std::nullopt;
    auto& st = m_db->prepare("SELECT uuid FROM runs WHERE source = ?");
    st.bind(1, source);
    std::optional<std::string> out;
    if (st.step())
        out = st.textAt(0);
    st.reset();
    return out;
}

bool SyncSide::isDeleted(const std::string& uuid) const
{
    if (!m_db || m_version < 3)
        return false;
    auto& st = m_db->prepare("SELECT 1 FROM deleted_runs WHERE uuid = ?");
    st.bind(1, uuid);
    bool found = st.step();
    st.reset();
    return found;
}

SyncedExperiment SyncSide::experiment(const std::string& name) const
{
    SyncedExperiment e;
    e.name = name;
    if (!m_db)
        return e;
    auto& st = m_db->prepare("SELECT id, uuid, created_at, archived, notes, " + edited("notes_edited_at") + ", "
                             + edited("archived_edited_at") + " FROM experiments WHERE name = ?");
    st.bind(1, name);
    if (st.step()) {
        e.found = true;
        e.id = st.int64At(0);
        e.uuid = st.textAt(1);
        e.createdAt = st.doubleAt(2);
        e.archived = st.int64At(3) != 0;
        e.notes = st.textAt(4);
        e.notesEditedAt = st.doubleAt(5);
        e.archivedEditedAt = st.doubleAt(6);
    }
    st.reset();
    return e;
}

bool SyncSide::hasExperimentUuid(const std::string& uuid) const
{
    if (!m_db)
        return false;
    auto& st = m_db->prepare("SELECT 1 FROM experiments WHERE uuid = ?");
    st.bind(1, uuid);
    bool found = st.step();
    st.reset();
    return found;
}

std::map<std::string, SyncedDirection> SyncSide::directions() const
{
    std::map<std::string, SyncedDirection> out;
    if (!m_db || m_version < 2)
        return out;
    auto& st = m_db->prepare("SELECT key, direction, " + edited("edited_at", "1") + " FROM metric_directions");
    while (st.step())
        out[st.textAt(0)] = {st.textAt(1), st.doubleAt(2)};
    st.reset();
    return out;
}

std::vector<SyncedDiagram> SyncSide::diagrams() const
{
    std::vector<SyncedDiagram> out;
    if (!m_db || m_version < 2)
        return out;
    auto& st = m_db->prepare(
        "SELECT uuid, name, json, coalesce(source_run, ''), created_at, updated_at FROM diagrams ORDER BY id");
    while (st.step())
        out.push_back({st.textAt(0), st.textAt(1), st.textAt(2), st.textAt(3), st.doubleAt(4), st.doubleAt(5)});
    st.reset();
    return out;
}

} // namespace runlens
