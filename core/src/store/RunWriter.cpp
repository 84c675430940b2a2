#include "store/RunWriter.h"

#include "store/Database.h"
#include "runlens/model/StoreError.h"
#include "runlens/model/TextRules.h"
#include "runlens/model/Uuid.h"

#include <chrono>

namespace runlens {

double RunWriter::now()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

std::int64_t RunWriter::experimentId(const std::string& name)
{
    TextRules::checkKey("experiment name", name);
    std::int64_t id = 0;
    m_db.write([&] {
        // Another process may create the same experiment at the same moment: the
        // unique name makes the insert a no-op and the select finds theirs.
        m_db.prepare("INSERT INTO experiments(uuid, name, created_at) VALUES (?, ?, ?) "
                     "ON CONFLICT(name) DO NOTHING")
            .bind(1, Uuid::generate()).bind(2, name).bind(3, now()).run();
        auto& st = m_db.prepare("SELECT id FROM experiments WHERE name = ?");
        st.bind(1, name);
        st.step();
        id = st.int64At(0);
        st.reset();
    });
    return id;
}

std::int64_t RunWriter::createRun(const NewRun& r)
{
    TextRules::checkValue("run name", r.name);
    TextRules::checkValue("notes", r.notes);
    std::int64_t id = 0;
    m_db.write([&] {
        std::int64_t exp = experimentId(r.experiment);
        std::int64_t parent = 0;
        if (!r.parentUuid.empty()) {
            auto& p = m_db.prepare("SELECT id FROM runs WHERE uuid = ?");
            p.bind(1, r.parentUuid);
            if (!p.step())
                throw StoreError(StoreError::Kind::NotFound, "parent run '" + r.parentUuid + "' is not in the store");
            parent = p.int64At(0);
            p.reset();
        }
        auto& st = m_db.prepare(
            "INSERT INTO runs(uuid, experiment_id, parent_id, name, status, start_time, end_time, heartbeat, "
            "git_commit, host, command, notes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        st.bind(1, r.uuid).bind(2, exp);
        parent ? st.bind(3, parent) : st.bindNull(3);
        st.bind(4, r.name).bind(5, r.status).bind(6, r.startTime);
        r.endTime >= 0 ? st.bind(7, r.endTime) : st.bindNull(7);
        st.bind(8, r.startTime).bind(9, r.gitCommit).bind(10, r.host).bind(11, r.command).bind(12, r.notes);
        r.source.empty() ? st.bindNull(13) : st.bind(13, r.source);
        st.step();
        id = st.int64At(0);
        st.reset();
    });
    return id;
}

void RunWriter::setParam(std::int64_t runId, const std::string& key, const ParamValue& value)
{
    TextRules::checkKey("param key", key);
    if (value.isText())
        TextRules::checkValue("value of param '" + key + "'", value.text());
    m_db.write([&] {
        auto v = m_db.paramValue();
        m_db.prepare(std::string("INSERT INTO params(run_id, key, ") + v.columns + ") VALUES (?, ?, " + v.placeholders
                     + ") ON CONFLICT(run_id, key) DO UPDATE SET " + v.upsert)
            .bind(1, runId).bind(2, key).bind(3, value).run();
    });
}

void RunWriter::setTag(std::int64_t runId, const std::string& key, const std::string& value)
{
    TextRules::checkKey("tag key", key);
    TextRules::checkValue("value of tag '" + key + "'", value);
    m_db.write([&] {
        m_db.prepare("INSERT INTO tags(run_id, key, value) VALUES (?, ?, ?) "
                     "ON CONFLICT(run_id, key) DO UPDATE SET value = excluded.value")
            .bind(1, runId).bind(2, key).bind(3, value).run();
    });
}

void RunWriter::setNotes(std::int64_t runId, const std::string& notes)
{
    TextRules::checkValue("notes", notes);
    m_db.write([&] { m_db.prepare("UPDATE runs SET notes = ? WHERE id = ?").bind(1, notes).bind(2, runId).run(); });
}

void RunWriter::heartbeat(std::int64_t runId, double t)
{
    m_db.write([&] { m_db.prepare("UPDATE runs SET heartbeat = ? WHERE id = ?").bind(1, t).bind(2, runId).run(); });
}

void RunWriter::finish(std::int64_t runId, RunStatus status, double t)
{
    if (status == RunStatus::Running || status == RunStatus::Crashed)
        throw StoreError(StoreError::Kind::InvalidInput, "a run finishes as finished, failed or killed");
    m_db.write([&] {
        m_db.prepare("UPDATE runs SET status = ?, end_time = ?, heartbeat = ? WHERE id = ?")
            .bind(1, std::string(toString(status))).bind(2, t).bind(3, t).bind(4, runId).run();
    });
}

void RunWriter::addArtifact(std::int64_t runId, const std::string& path, std::int64_t size,
                            const std::string& sha256, double t)
{
    m_db.write([&] {
        m_db.prepare("INSERT INTO artifacts(run_id, path, size, sha256, created_at) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT(run_id, path) DO UPDATE SET size = excluded.size, sha256 = excluded.sha256, "
                     "created_at = excluded.created_at")
            .bind(1, runId).bind(2, path).bind(3, size).bind(4, sha256).bind(5, t).run();
    });
}

} // namespace runlens
