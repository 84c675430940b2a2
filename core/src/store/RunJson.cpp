#include "runlens/store/RunJson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace runlens {

namespace {
using nlohmann::ordered_json;

ordered_json number(double v)
{
    if (std::isnan(v))
        return nullptr;
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity"; // JSON has no infinities; say it in text
    return v;
}

ordered_json paramJson(const ParamValue& v)
{
    if (v.isInteger())
        return v.integer();
    if (v.isReal())
        return number(v.real());
    return v.text();
}

ordered_json summaryJson(const SeriesSummary& s)
{
    ordered_json j;
    j["key"] = s.key;
    j["slice"] = s.slice.empty() ? ordered_json(nullptr) : ordered_json(s.slice);
    j["count"] = s.count;
    j["first_step"] = s.firstStep;
    j["last_step"] = s.lastStep;
    j["last"] = number(s.lastValue);
    j["min"] = number(s.minValue);
    j["max"] = number(s.maxValue);
    return j;
}

ordered_json runJson(const RunRecord& r)
{
    ordered_json j;
    j["id"] = r.uuid;
    j["name"] = r.name;
    j["experiment"] = r.experiment;
    j["status"] = std::string(toString(r.status));
    j["start_time"] = number(r.startTime);
    j["end_time"] = number(r.endTime);
    j["duration_s"] = number(r.duration());
    j["parent_id"] = r.parentUuid.empty() ? ordered_json(nullptr) : ordered_json(r.parentUuid);
    j["git_commit"] = r.gitCommit;
    j["host"] = r.host;
    j["command"] = r.command;
    j["notes"] = r.notes;
    j["archived"] = r.archived;
    ordered_json params = ordered_json::object();
    for (const auto& [k, v] : r.params)
        params[k] = paramJson(v);
    j["params"] = params;
    ordered_json tags = ordered_json::object();
    for (const auto& [k, v] : r.tags)
        tags[k] = v;
    j["tags"] = tags;
    ordered_json metrics = ordered_json::array();
    for (const auto& s : r.series)
        metrics.push_back(summaryJson(s));
    j["metrics"] = metrics;
    return j;
}

std::string dump(const ordered_json& j, int indent)
{
    // Replace invalid UTF-8 rather than throwing: output must never die on one bad byte.
    return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}
}

std::string RunJson::runs(const std::vector<RunRecord>& runs, int indent)
{
    ordered_json arr = ordered_json::array();
    for (const auto& r : runs)
        arr.push_back(runJson(r));
    return dump(arr, indent);
}

std::string RunJson::run(const RunRecord& r, int indent) { return dump(runJson(r), indent); }

std::string RunJson::metrics(const RunRecord& r, const std::vector<NamedSeries>& series, int indent)
{
    ordered_json j;
    j["id"] = r.uuid;
    j["name"] = r.name;
    ordered_json arr = ordered_json::array();
    for (const auto& s : series) {
        ordered_json one;
        one["key"] = s.key;
        one["slice"] = s.slice.empty() ? ordered_json(nullptr) : ordered_json(s.slice);
        ordered_json steps = ordered_json::array(), values = ordered_json::array(), times = ordered_json::array();
        for (std::size_t i = 0; i < s.data.size(); ++i) {
            steps.push_back(s.data.steps[i]);
            values.push_back(number(s.data.values[i]));
            if (i < s.data.times.size())
                times.push_back(number(s.data.times[i]));
        }
        one["steps"] = steps;
        one["values"] = values;
        one["times"] = times;
        arr.push_back(one);
    }
    j["series"] = arr;
    return dump(j, indent);
}

} // namespace runlens
