#include "runs/FirstRunChoice.h"

#include <algorithm>

namespace runlens {

namespace {

// Points of the run's overall metrics (slice ""), all of them together.
long long points(const RunRecord& run)
{
    long long n = 0;
    for (const auto& s : run.series)
        n += s.slice.empty() ? s.count : 0;
    return n;
}

// Higher is a better first look: curves 4, top-level 2, finished 1.
int rank(const RunRecord& run)
{
    bool curves = std::any_of(run.series.begin(), run.series.end(),
                              [](const SeriesSummary& s) { return s.slice.empty() && s.count >= 2; });
    return (curves ? 4 : 0) + (run.parentUuid.empty() ? 2 : 0) + (run.status == RunStatus::Finished ? 1 : 0);
}

} // namespace

QString FirstRunChoice::pick(const std::vector<const RunRecord*>& shown)
{
    int best = -1;
    long long most = 0;
    for (const RunRecord* r : shown) {
        const int k = rank(*r);
        if (k > best) {
            best = k;
            most = 0;
        }
        if (k == best)
            most = std::max(most, points(*r));
    }
    const RunRecord* chosen = nullptr;
    for (const RunRecord* r : shown) {
        if (rank(*r) != best || 2 * points(*r) < most)
            continue;
        if (!chosen || r->startTime > chosen->startTime)
            chosen = r;
    }
    return chosen ? QString::fromStdString(chosen->uuid) : QString();
}

} // namespace runlens
