#include "runlens/model/RunRecord.h"

namespace runlens {

std::string_view toString(RunStatus s)
{
    switch (s) {
    case RunStatus::Running: return "running";
    case RunStatus::Finished: return "finished";
    case RunStatus::Failed: return "failed";
    case RunStatus::Killed: return "killed";
    case RunStatus::Crashed: return "crashed";
    }
    return "running";
}

std::optional<RunStatus> parseRunStatus(std::string_view text)
{
    for (auto s : {RunStatus::Running, RunStatus::Finished, RunStatus::Failed,
                   RunStatus::Killed, RunStatus::Crashed}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

const SeriesSummary* RunRecord::metric(const std::string& key, const std::string& slice) const
{
    for (const auto& s : series) {
        if (s.key == key && s.slice == slice)
            return &s;
    }
    return nullptr;
}

double RunRecord::duration() const
{
    double end = endTime;
    if (std::isnan(end))
        end = std::isnan(heartbeat) ? startTime : heartbeat;
    return end - startTime;
}

} // namespace runlens
