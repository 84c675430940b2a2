#pragma once

#include "runlens/model/ParamValue.h"
#include "runlens/model/RunStatus.h"
#include "runlens/model/SeriesSummary.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace runlens {

// Everything the store knows about one run except its points: what tables, queries,
// the CLI and reports read.
struct RunRecord {
    std::int64_t id = 0;                 // local integer key
    std::string uuid;                    // the id users see
    std::string name;
    std::int64_t experimentId = 0;
    std::string experiment;              // experiment name
    std::string parentUuid;              // "" when not a pipeline step
    RunStatus status = RunStatus::Running; // Crashed when the heartbeat is stale
    double startTime = 0;
    double endTime = std::numeric_limits<double>::quiet_NaN(); // NaN while running
    double heartbeat = std::numeric_limits<double>::quiet_NaN();
    std::string gitCommit, host, command, notes, source;
    bool archived = false;
    std::map<std::string, ParamValue> params;
    std::map<std::string, std::string> tags;
    std::vector<SeriesSummary> series;   // overall (slice "") and per-slice series

    // The overall series of key, or nullptr.
    const SeriesSummary* metric(const std::string& key, const std::string& slice = {}) const;
    // Seconds from start to end (or to the last sign of life while running).
    double duration() const;
};

} // namespace runlens
