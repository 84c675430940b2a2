#include "runlens/compare/DefaultBaseline.h"

#include <cmath>
#include <set>
#include <string>
#include <tuple>

namespace runlens {

bool canCarryComparison(const RunRecord& run, CompareValue pick, const MetricDirections& directions)
{
    if (run.status != RunStatus::Finished)
        return false;
    bool any = false;
    for (const auto& s : run.series) {
        if (!s.slice.empty())
            continue;
        if (!std::isfinite(pickValue(s, pick, directions.of(s.key))))
            return false;
        any = true;
    }
    return any;
}

std::size_t defaultBaseline(const std::vector<RunGroup>& columns, CompareValue pick, const MetricDirections& directions)
{
    std::size_t best = 0;
    std::tuple<std::size_t, std::size_t> bestScore{0, 0};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::size_t runs = 0;
        std::set<std::string> metrics; // keys with a usable value in this column
        for (const auto& run : columns[i].runs) {
            if (!canCarryComparison(run, pick, directions))
                continue;
            ++runs;
            for (const auto& s : run.series)
                if (s.slice.empty())
                    metrics.insert(s.key);
        }
        std::tuple<std::size_t, std::size_t> score{runs, metrics.size()};
        if (score > bestScore) { // strictly: a tie keeps the earlier column
            best = i;
            bestScore = score;
        }
    }
    return best;
}

} // namespace runlens
