#include "compare/CompareKeys.h"

#include <map>
#include <set>

namespace runlens {

std::vector<std::string> CompareKeys::metrics(const std::vector<RunRecord>& runs)
{
    std::set<std::string> keys;
    for (const auto& run : runs)
        for (const auto& s : run.series)
            if (s.slice.empty())
                keys.insert(s.key);
    return {keys.begin(), keys.end()};
}

std::vector<std::string> CompareKeys::params(const std::vector<RunRecord>& runs)
{
    std::set<std::string> keys;
    for (const auto& run : runs)
        for (const auto& [k, v] : run.params)
            keys.insert(k);
    return {keys.begin(), keys.end()};
}

std::vector<std::string> CompareKeys::variedParams(const std::vector<RunRecord>& runs)
{
    std::map<std::string, std::set<std::string>> values;
    std::map<std::string, bool> numeric;
    std::map<std::string, std::size_t> count;
    for (const auto& run : runs)
        for (const auto& [k, v] : run.params) {
            values[k].insert(v.toString());
            auto [it, inserted] = numeric.try_emplace(k, true);
            it->second = it->second && v.asNumber().has_value();
            ++count[k];
        }
    std::vector<std::string> out;
    for (const auto& [k, vs] : values) {
        bool splits = vs.size() >= 2 || count[k] < runs.size();
        bool allDifferentText = !numeric[k] && vs.size() == count[k] && vs.size() > 2;
        if (splits && !allDifferentText)
            out.push_back(k);
    }
    return out;
}

std::string CompareKeys::defaultMetric(const std::vector<std::string>& metrics)
{
    for (const char* prefix : {"val/acc", "val_acc", "val/", "val_", "valid", "test", "eval"})
        for (const auto& k : metrics)
            if (k.rfind(prefix, 0) == 0)
                return k;
    return metrics.empty() ? std::string() : metrics.front();
}

} // namespace runlens
