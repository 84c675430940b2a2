#include "sync/SyncPlan.h"

#include <ctime>
#include <type_traits>

namespace runlens {

namespace {

using Field = SyncConflict::Field;

SyncConflict conflict(Field what, const std::string& subject, const std::string& key, std::string sourceValue,
                      std::string targetValue, bool sourceWon)
{
    return {what, subject, key, std::move(sourceValue), std::move(targetValue),
            sourceWon ? SyncConflict::Winner::Source : SyncConflict::Winner::Target};
}

std::string text(bool archived) { return archived ? "archived" : "not archived"; }

// "2026-12-02 14:31:05 UTC": when a whole diagram was saved, to the second.
std::string saved(double unixSeconds)
{
    std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return buf;
}

// One field of the run row: taken from the source when its edit is the later one.
template <typename T>
void mergeField(Field what, const std::string& subject, const T& sv, double sAt, const T& tv, double tAt,
                std::optional<std::pair<T, double>>& out, std::vector<SyncConflict>& conflicts)
{
    if (sv == tv)
        return;
    std::string st, tt;
    if constexpr (std::is_same_v<T, bool>) {
        st = text(sv);
        tt = text(tv);
    } else {
        st = sv;
        tt = tv;
    }
    bool won = sourceWins(sAt, tAt, st, tt);
    conflicts.push_back(conflict(what, subject, "", st, tt, won));
    if (won)
        out = std::make_pair(sv, sAt);
}

// Params or tags: keys the target lacks arrive; differing values go by edit time.
void mergeValues(Field what, const SyncedRun& s, const std::map<std::string, SyncedValue>& source,
                 const std::map<std::string, SyncedValue>& target, std::vector<std::pair<std::string, SyncedValue>>& out,
                 std::vector<SyncConflict>& conflicts)
{
    for (const auto& [key, value] : source) {
        auto it = target.find(key);
        if (it == target.end()) {
            out.emplace_back(key, value);
            continue;
        }
        if (it->second.value == value.value)
            continue;
        std::string sv = value.value.toString(), tv = it->second.value.toString();
        bool won = sourceWins(value.editedAt, it->second.editedAt, sv, tv);
        conflicts.push_back(conflict(what, s.uuid, key, sv, tv, won));
        if (won)
            out.emplace_back(key, value);
    }
}

void planSeries(const SyncedRun& s, const SyncedRun& t, RunPlan& plan)
{
    for (const auto& [id, series] : s.series) {
        auto it = t.series.find(id);
        std::int64_t have = it == t.series.end() ? 0 : it->second.count;
        // A series has one writer and only grows: what the target holds is a prefix.
        if (series.count > have)
            plan.series.push_back({id.first, id.second, series.id, have, series.count - have});
    }
}

void planArtifacts(const SyncedRun& s, const SyncedRun& t, RunPlan& plan, std::vector<SyncConflict>& conflicts)
{
    for (const auto& [path, a] : s.artifacts) {
        auto it = t.artifacts.find(path);
        if (it == t.artifacts.end()) {
            plan.artifacts.push_back(path);
            continue;
        }
        if (it->second.sha256 == a.sha256)
            continue;
        bool won = sourceWins(a.createdAt, it->second.createdAt, a.sha256, it->second.sha256);
        conflicts.push_back(
            conflict(Field::Artifact, s.uuid, path, a.sha256.substr(0, 12), it->second.sha256.substr(0, 12), won));
        if (won)
            plan.artifacts.push_back(path);
    }
}

} // namespace

const char* toString(SyncConflict::Field field)
{
    switch (field) {
    case Field::RunName: return "run name";
    case Field::RunNotes: return "run notes";
    case Field::RunArchived: return "run archived";
    case Field::Param: return "param";
    case Field::Tag: return "tag";
    case Field::ExperimentNotes: return "experiment notes";
    case Field::ExperimentArchived: return "experiment archived";
    case Field::MetricDirection: return "metric direction";
    case Field::Diagram: return "diagram";
    case Field::Artifact: return "artifact";
    }
    return "?";
}

std::int64_t RunPlan::points() const
{
    std::int64_t n = 0;
    for (const auto& s : series)
        n += s.points;
    return n;
}

bool RunPlan::isEmpty() const
{
    return !create && !lifeFromSource && !linkParent && !name && !notes && !archived && params.empty()
        && tags.empty() && series.empty() && artifacts.empty();
}

RunPlan planRun(const SyncedRun& s, const SyncedRun& t, bool parentInTarget, std::vector<SyncConflict>& conflicts)
{
    RunPlan plan;
    if (!t.found) {
        plan.create = true;
        for (const auto& kv : s.params)
            plan.params.push_back(kv);
        for (const auto& kv : s.tags)
            plan.tags.push_back(kv);
        planSeries(s, t, plan);
        for (const auto& [path, a] : s.artifacts)
            plan.artifacts.push_back(path);
        return plan;
    }
    // Status, end time and heartbeat are the writer's, not an edit: the copy that heard
    // from the writer last is current (a resumed run goes back to running).
    plan.lifeFromSource = s.lastSignOfLife() > t.lastSignOfLife()
        && (s.status != t.status || s.endTime != t.endTime || s.heartbeat != t.heartbeat);
    plan.linkParent = parentInTarget && t.parentUuid.empty() && !s.parentUuid.empty();
    mergeField(Field::RunName, s.uuid, s.name, s.nameEditedAt, t.name, t.nameEditedAt, plan.name, conflicts);
    mergeField(Field::RunNotes, s.uuid, s.notes, s.notesEditedAt, t.notes, t.notesEditedAt, plan.notes, conflicts);
    mergeField(Field::RunArchived, s.uuid, s.archived, s.archivedEditedAt, t.archived, t.archivedEditedAt, plan.archived,
               conflicts);
    mergeValues(Field::Param, s, s.params, t.params, plan.params, conflicts);
    mergeValues(Field::Tag, s, s.tags, t.tags, plan.tags, conflicts);
    planSeries(s, t, plan);
    planArtifacts(s, t, plan, conflicts);
    return plan;
}

ExperimentPlan planExperiment(const SyncedExperiment& s, const SyncedExperiment& t,
                              std::vector<SyncConflict>& conflicts)
{
    ExperimentPlan plan;
    if (!t.found) {
        plan.create = true;
        return plan;
    }
    mergeField(Field::ExperimentNotes, s.name, s.notes, s.notesEditedAt, t.notes, t.notesEditedAt, plan.notes, conflicts);
    mergeField(Field::ExperimentArchived, s.name, s.archived, s.archivedEditedAt, t.archived, t.archivedEditedAt,
               plan.archived, conflicts);
    return plan;
}

std::vector<std::pair<std::string, SyncedDirection>> planDirections(
    const std::map<std::string, SyncedDirection>& source, const std::map<std::string, SyncedDirection>& target,
    std::vector<SyncConflict>& conflicts)
{
    std::vector<std::pair<std::string, SyncedDirection>> out;
    for (const auto& [key, d] : source) {
        auto it = target.find(key);
        if (it != target.end() && it->second.direction == d.direction)
            continue;
        bool won = it == target.end() || sourceWins(d.editedAt, it->second.editedAt, d.direction, it->second.direction);
        if (it != target.end())
            conflicts.push_back(conflict(Field::MetricDirection, key, "", d.direction, it->second.direction, won));
        if (won)
            out.emplace_back(key, d);
    }
    return out;
}

std::vector<SyncedDiagram> planDiagrams(const std::vector<SyncedDiagram>& source,
                                        const std::vector<SyncedDiagram>& target, std::vector<SyncConflict>& conflicts)
{
    std::map<std::string, const SyncedDiagram*> byUuid;
    for (const auto& d : target)
        byUuid[d.uuid] = &d;
    std::vector<SyncedDiagram> out;
    for (const auto& d : source) {
        auto it = byUuid.find(d.uuid);
        if (it == byUuid.end()) {
            out.push_back(d);
            continue;
        }
        const SyncedDiagram& t = *it->second;
        if (t.name == d.name && t.json == d.json)
            continue;
        // A diagram is edited as a whole (its JSON), so the later save wins as a whole.
        bool won = sourceWins(d.updatedAt, t.updatedAt, d.json + d.name, t.json + t.name);
        conflicts.push_back(conflict(Field::Diagram, d.name, "", saved(d.updatedAt), saved(t.updatedAt), won));
        if (won)
            out.push_back(d);
    }
    return out;
}

} // namespace runlens
