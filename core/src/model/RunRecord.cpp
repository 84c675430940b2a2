#include "runlens/model/RunRecord.h"

namespace runlens {

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
