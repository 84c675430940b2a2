#include "import/mlflow/MlflowRunMapping.h"

#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <unordered_map>

namespace runlens {

std::string MlflowRunMapping::status(const std::string& s)
{
    // mlflow/protos/service.proto RunStatus: RUNNING=1 SCHEDULED=2 FINISHED=3 FAILED=4 KILLED=5
    if (s == "3" || s == "FINISHED")
        return "finished";
    if (s == "4" || s == "FAILED")
        return "failed";
    if (s == "5" || s == "KILLED")
        return "killed";
    return "running";
}

double MlflowRunMapping::millisToSeconds(const std::string& text)
{
    if (text.empty() || text == "null")
        return std::numeric_limits<double>::quiet_NaN();
    char* end = nullptr;
    double ms = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(ms))
        return std::numeric_limits<double>::quiet_NaN();
    return ms / 1000.0;
}

void MlflowRunMapping::applyTags(ImportedRun& run, const std::string& metaName,
                                 const std::map<std::string, std::string>& tags)
{
    auto tag = [&](const char* key) {
        auto it = tags.find(key);
        return it == tags.end() ? std::string() : it->second;
    };
    run.name = !metaName.empty() ? metaName : tag("mlflow.runName");
    if (run.name.empty())
        run.name = run.preferredUuid.substr(0, 8);
    run.notes = tag("mlflow.note.content");
    run.gitCommit = tag("mlflow.source.git.commit");
    run.command = tag("mlflow.source.name");
    std::string parent = tag("mlflow.parentRunId");
    if (!parent.empty())
        run.parentSource = source(parent);
    for (const auto& [key, value] : tags)
        run.tags.emplace_back(key, value);
}

double MlflowRunMapping::sqlValue(double v)
{
    if (v >= DBL_MAX)
        return std::numeric_limits<double>::infinity();
    if (v <= -DBL_MAX)
        return -std::numeric_limits<double>::infinity();
    return v;
}

std::vector<std::size_t> MlflowRunMapping::parentsFirst(const std::vector<std::string>& ids,
                                                        const std::vector<std::string>& parentIds)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < ids.size(); ++i)
        index.emplace(ids[i], i);
    std::vector<int> state(ids.size(), 0); // 0 new, 1 visiting, 2 placed
    std::vector<std::size_t> order;
    std::function<void(std::size_t)> place = [&](std::size_t i) {
        if (state[i])
            return; // placed, or a cycle (bad data): leave the rest as it comes
        state[i] = 1;
        auto it = index.find(parentIds[i]);
        if (!parentIds[i].empty() && it != index.end())
            place(it->second);
        state[i] = 2;
        order.push_back(i);
    };
    for (std::size_t i = 0; i < ids.size(); ++i)
        place(i);
    return order;
}

} // namespace runlens
