#include "runlens/store/RunJson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <sstream>

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

// Everything of a run but its metric summaries, which may number a million: those are
// written one at a time by writeRun, so memory stays at one summary's JSON.
ordered_json runHead(const RunRecord& r)
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
    return j;
}

std::string dump(const ordered_json& j, int indent)
{
    // Replace invalid UTF-8 rather than throwing: output must never die on one bad byte.
    return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

// The layout nlohmann's dump gives a value nested `level` deep: every line after the
// first moves right by level * indent. Streamed parts then read exactly as one dump.
class Layout {
public:
    Layout(int indent) : m_indent(indent) {}
    bool pretty() const { return m_indent >= 0; }
    std::string newline(int level) const
    {
        return pretty() ? "\n" + std::string(std::size_t(level * m_indent), ' ') : std::string();
    }
    void write(std::ostream& out, const ordered_json& j, int level) const
    {
        const std::string text = dump(j, m_indent);
        if (!pretty() || level == 0) {
            out << text;
            return;
        }
        const std::string pad = newline(level);
        std::string moved;
        moved.reserve(text.size() + text.size() / 8);
        for (char c : text)
            c == '\n' ? moved += pad : moved += c;
        out << moved;
    }
    int indent() const { return m_indent; }

private:
    int m_indent;
};

// The head's closing brace is taken off, the metrics array streamed in its place.
void streamRun(std::ostream& out, const RunRecord& r, const Layout& layout, int level)
{
    std::ostringstream head;
    layout.write(head, runHead(r), level);
    std::string text = head.str();
    text.erase(text.size() - 1 - (layout.pretty() ? layout.newline(level).size() : 0));
    out << text << ',' << layout.newline(level + 1) << (layout.pretty() ? "\"metrics\": [" : "\"metrics\":[");
    for (std::size_t i = 0; i < r.series.size(); ++i) {
        out << (i ? "," : "") << layout.newline(level + 2);
        layout.write(out, summaryJson(r.series[i]), level + 2);
    }
    if (!r.series.empty())
        out << layout.newline(level + 1);
    out << ']' << layout.newline(level) << '}';
}
}

void RunJson::writeRuns(std::ostream& out, const std::vector<RunRecord>& runs, int indent)
{
    const Layout layout(indent);
    if (runs.empty()) {
        out << "[]";
        return;
    }
    out << '[';
    for (std::size_t i = 0; i < runs.size(); ++i) {
        out << (i ? "," : "") << layout.newline(1);
        streamRun(out, runs[i], layout, 1);
    }
    out << layout.newline(0) << ']';
}

void RunJson::writeRun(std::ostream& out, const RunRecord& r, int indent) { streamRun(out, r, Layout(indent), 0); }

std::string RunJson::runs(const std::vector<RunRecord>& runs, int indent)
{
    std::ostringstream out;
    writeRuns(out, runs, indent);
    return out.str();
}

std::string RunJson::run(const RunRecord& r, int indent)
{
    std::ostringstream out;
    writeRun(out, r, indent);
    return out.str();
}

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
