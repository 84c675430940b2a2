#include "runlens/compare/RunGroup.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace runlens {

namespace {

constexpr const char* kNone = "(none)";

// Orders group values: numbers numerically before text, text alphabetically, "(none)"
// last.
struct ValueOrder {
    bool operator()(const std::pair<std::optional<ParamValue>, std::string>& a,
                    const std::pair<std::optional<ParamValue>, std::string>& b) const
    {
        if (a.first.has_value() != b.first.has_value())
            return a.first.has_value();
        if (!a.first)
            return false;
        auto na = a.first->asNumber(), nb = b.first->asNumber();
        if (na && nb && *na != *nb)
            return *na < *nb;
        if (na.has_value() != nb.has_value())
            return na.has_value();
        return a.second < b.second;
    }
};

std::vector<RunGroup> groupByValue(const std::vector<RunRecord>& runs, const std::string& key,
                                   const std::function<std::optional<ParamValue>(const RunRecord&)>& valueOf)
{
    using Key = std::pair<std::optional<ParamValue>, std::string>;
    std::map<Key, RunGroup, ValueOrder> groups;
    for (const auto& run : runs) {
        auto value = valueOf(run);
        std::string text = value ? value->toString() : kNone;
        auto& group = groups[{value, text}];
        if (group.label.empty())
            group.label = key + "=" + text;
        group.runs.push_back(run);
    }
    std::vector<RunGroup> out;
    for (auto& [k, group] : groups)
        out.push_back(std::move(group));
    return out;
}

} // namespace

RunGroup RunGroup::of(const RunRecord& run)
{
    RunGroup g;
    g.label = run.name.empty() ? run.uuid.substr(0, 8) : run.name;
    g.runs.push_back(run);
    return g;
}

std::vector<RunGroup> RunGroup::each(const std::vector<RunRecord>& runs)
{
    std::vector<RunGroup> out;
    for (const auto& run : runs)
        out.push_back(of(run));
    return out;
}

std::vector<RunGroup> RunGroup::byParam(const std::vector<RunRecord>& runs, const std::string& key)
{
    return groupByValue(runs, key, [&](const RunRecord& run) -> std::optional<ParamValue> {
        auto it = run.params.find(key);
        return it == run.params.end() ? std::nullopt : std::optional<ParamValue>(it->second);
    });
}

std::vector<RunGroup> RunGroup::byTag(const std::vector<RunRecord>& runs, const std::string& key)
{
    return groupByValue(runs, key, [&](const RunRecord& run) -> std::optional<ParamValue> {
        auto it = run.tags.find(key);
        return it == run.tags.end() ? std::nullopt : std::optional<ParamValue>(ParamValue(it->second));
    });
}

const std::vector<std::string>& RunGroup::repeatParams()
{
    static const std::vector<std::string> keys{"seed"};
    return keys;
}

std::vector<RunGroup> RunGroup::byConfig(const std::vector<RunRecord>& runs, const std::vector<std::string>& ignored)
{
    if (runs.empty())
        return {};
    auto isIgnored = [&](const std::string& key) {
        return std::find(ignored.begin(), ignored.end(), key) != ignored.end();
    };
    // A config is the text of every kept param, so 0.01 and "0.01" from an importer
    // still differ only if their text does.
    using Config = std::map<std::string, std::string>;
    std::vector<Config> configs;
    std::vector<RunGroup> out;
    for (const auto& run : runs) {
        Config config;
        for (const auto& [key, value] : run.params) {
            if (!isIgnored(key))
                config[key] = value.toString();
        }
        auto it = std::find(configs.begin(), configs.end(), config);
        if (it == configs.end()) {
            configs.push_back(config);
            out.emplace_back();
            it = configs.end() - 1;
        }
        out[std::size_t(it - configs.begin())].runs.push_back(run);
    }
    // Keys whose value is not the same in every config name the groups.
    std::set<std::string> keys;
    for (const auto& c : configs)
        for (const auto& [k, v] : c)
            keys.insert(k);
    std::vector<std::string> naming;
    for (const auto& k : keys) {
        auto first = configs.front().find(k);
        bool same = std::all_of(configs.begin(), configs.end(), [&](const Config& c) {
            auto it = c.find(k);
            return (it == c.end()) == (first == configs.front().end()) && (it == c.end() || it->second == first->second);
        });
        if (!same)
            naming.push_back(k);
    }
    bool seeds = std::any_of(ignored.begin(), ignored.end(),
                             [](const std::string& k) { return k.find("seed") != std::string::npos; });
    for (std::size_t i = 0; i < out.size(); ++i) {
        std::string label;
        for (const auto& k : naming) {
            auto it = configs[i].find(k);
            label += (label.empty() ? "" : ", ") + k + "=" + (it == configs[i].end() ? kNone : it->second);
        }
        out[i].label = label.empty() ? "all runs" : label;
        out[i].noun = seeds ? "seeds" : "runs";
    }
    return out;
}

} // namespace runlens
