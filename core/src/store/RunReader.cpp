#include "store/RunReader.h"

#include "store/Database.h"
#include "store/RunWriter.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace runlens {

namespace {
// Index of each run id in the result, for the set-wise child queries.
std::unordered_map<std::int64_t, std::size_t> indexById(const std::vector<RunRecord>& runs)
{
    std::unordered_map<std::int64_t, std::size_t> idx;
    idx.reserve(runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i)
        idx.emplace(runs[i].id, i);
    return idx;
}
}

std::string RunReader::whereClause(const Scope& scope) const
{
    std::string w = " WHERE true";
    if (!scope.experiment.empty())
        w += " AND e.name = ?1";
    if (!scope.includeArchived && scope.runId == 0)
        w += " AND r.archived = 0";
    if (scope.runId)
        w += " AND r.id = ?2";
    return w;
}

void RunReader::bindScope(Statement& st, const Scope& scope) const
{
    if (!scope.experiment.empty())
        st.bind(1, scope.experiment);
    if (scope.runId)
        st.bind(2, scope.runId);
}

std::vector<RunRecord> RunReader::load(const Scope& scope)
{
    std::vector<RunRecord> runs;
    m_db.read([&] {
        auto& st = m_db.prepare(
            "SELECT r.id, r.uuid, r.name, r.experiment_id, e.name, p.uuid, r.status, r.start_time, r.end_time, "
            "r.heartbeat, r.git_commit, r.host, r.command, r.notes, r.source, r.archived "
            "FROM runs r JOIN experiments e ON e.id = r.experiment_id LEFT JOIN runs p ON p.id = r.parent_id"
            + whereClause(scope) + " ORDER BY r.start_time DESC, r.id DESC");
        bindScope(st, scope);
        double now = RunWriter::now();
        while (st.step()) {
            RunRecord r;
            r.id = st.int64At(0);
            r.uuid = st.textAt(1);
            r.name = st.textAt(2);
            r.experimentId = st.int64At(3);
            r.experiment = st.textAt(4);
            r.parentUuid = st.textAt(5);
            r.status = parseRunStatus(st.textAt(6)).value_or(RunStatus::Running);
            r.startTime = st.doubleAt(7);
            r.endTime = st.doubleAt(8);
            r.heartbeat = st.doubleAt(9);
            r.gitCommit = st.textAt(10);
            r.host = st.textAt(11);
            r.command = st.textAt(12);
            r.notes = st.textAt(13);
            r.source = st.textAt(14);
            r.archived = st.int64At(15) != 0;
            double alive = std::isnan(r.heartbeat) ? r.startTime : r.heartbeat;
            if (r.status == RunStatus::Running && now - alive > scope.heartbeatTimeout)
                r.status = RunStatus::Crashed;
            runs.push_back(std::move(r));
        }
        st.reset();
        if (runs.empty())
            return;
        loadParams(runs, scope);
        loadTags(runs, scope);
        loadSeries(runs, scope);
    });
    return runs;
}

void RunReader::loadParams(std::vector<RunRecord>& runs, const Scope& scope)
{
    auto idx = indexById(runs);
    auto& st = m_db.prepare("SELECT x.run_id, x.key, " + m_db.paramValue().of("x") + " FROM params x JOIN runs r ON r.id = x.run_id "
                            "JOIN experiments e ON e.id = r.experiment_id" + whereClause(scope));
    bindScope(st, scope);
    while (st.step()) {
        auto it = idx.find(st.int64At(0));
        if (it != idx.end())
            runs[it->second].params.emplace(st.textAt(1), st.valueAt(2));
    }
    st.reset();
}

void RunReader::loadTags(std::vector<RunRecord>& runs, const Scope& scope)
{
    auto idx = indexById(runs);
    auto& st = m_db.prepare("SELECT x.run_id, x.key, x.value FROM tags x JOIN runs r ON r.id = x.run_id "
                            "JOIN experiments e ON e.id = r.experiment_id" + whereClause(scope));
    bindScope(st, scope);
    while (st.step()) {
        auto it = idx.find(st.int64At(0));
        if (it != idx.end())
            runs[it->second].tags.emplace(st.textAt(1), st.textAt(2));
    }
    st.reset();
}

void RunReader::loadSeries(std::vector<RunRecord>& runs, const Scope& scope)
{
    auto idx = indexById(runs);
    auto& st = m_db.prepare(
        "SELECT x.run_id, x.id, x.key, x.slice, x.count, x.first_step, x.last_step, x.last_value, x.last_time, "
        "x.min_value, x.max_value FROM series x JOIN runs r ON r.id = x.run_id "
        "JOIN experiments e ON e.id = r.experiment_id" + whereClause(scope) + " AND x.count > 0 "
        "ORDER BY x.key, x.slice");
    bindScope(st, scope);
    while (st.step()) {
        auto it = idx.find(st.int64At(0));
        if (it == idx.end())
            continue;
        SeriesSummary s;
        s.seriesId = st.int64At(1);
        s.key = st.textAt(2);
        s.slice = st.textAt(3);
        s.count = st.int64At(4);
        s.firstStep = st.int64At(5);
        s.lastStep = st.int64At(6);
        s.lastValue = st.doubleAt(7);
        s.lastTime = st.doubleAt(8);
        s.minValue = st.doubleAt(9);
        s.maxValue = st.doubleAt(10);
        runs[it->second].series.push_back(std::move(s));
    }
    st.reset();
}

} // namespace runlens
