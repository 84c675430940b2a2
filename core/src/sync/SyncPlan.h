#pragma once

#include "runlens/sync/StoreSync.h"
#include "sync/SyncSide.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace runlens {

// What one run needs in the target so that it holds what the source holds, by the
// rules of docs/sync.md. Made without writing, so a dry run reports the same plan a
// sync carries out.
struct RunPlan {
    struct SeriesCopy {
        std::string key, slice;
        std::int64_t sourceId = 0;
        std::int64_t from = 0;   // points the target already has
        std::int64_t points = 0; // to copy
    };

    bool create = false;
    bool lifeFromSource = false; // status, end time and heartbeat
    bool linkParent = false;     // the target lacks the parent link the source has
    std::optional<std::pair<std::string, double>> name, notes;
    std::optional<std::pair<bool, double>> archived;
    std::vector<std::pair<std::string, SyncedValue>> params, tags;
    std::vector<SeriesCopy> series;
    std::vector<std::string> artifacts; // paths to copy

    std::int64_t points() const;
    bool isEmpty() const;
};

struct ExperimentPlan {
    bool create = false;
    std::optional<std::pair<std::string, double>> notes;
    std::optional<std::pair<bool, double>> archived;

    bool isEmpty() const { return !create && !notes && !archived; }
};

// Compares one run as the source and the target hold it. Values the stores disagree on
// go to `conflicts`, each with the side the rule kept. parentInTarget: the source's
// parent run is in the target, so the link can be made.
RunPlan planRun(const SyncedRun& source, const SyncedRun& target, bool parentInTarget,
                std::vector<SyncConflict>& conflicts);

ExperimentPlan planExperiment(const SyncedExperiment& source, const SyncedExperiment& target,
                              std::vector<SyncConflict>& conflicts);
// Metric directions the target lacks or holds older.
std::vector<std::pair<std::string, SyncedDirection>> planDirections(
    const std::map<std::string, SyncedDirection>& source, const std::map<std::string, SyncedDirection>& target,
    std::vector<SyncConflict>& conflicts);
// Diagrams (matched by uuid) the target lacks or holds an older version of.
std::vector<SyncedDiagram> planDiagrams(const std::vector<SyncedDiagram>& source,
                                        const std::vector<SyncedDiagram>& target, std::vector<SyncConflict>& conflicts);

// Which of two differing edits wins: the later. On a tie (the same millisecond on two
// machines) the value that sorts last, so that syncing either way ends in the same value.
inline bool sourceWins(double sourceEditedAt, double targetEditedAt, const std::string& sourceValue,
                       const std::string& targetValue)
{
    if (sourceEditedAt != targetEditedAt)
        return sourceEditedAt > targetEditedAt;
    return sourceValue > targetValue;
}

} // namespace runlens
