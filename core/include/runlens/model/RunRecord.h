#pragma once

#include "runlens/model/ParamValue.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runlens {

// Stored statuses, plus Crashed, which is derived: a running run whose heartbeat is
// older than the liveness timeout (docs/storage-format.md).
enum class RunStatus { Running, Finished, Failed, Killed, Crashed };

std::string_view toString(RunStatus s);
std::optional<RunStatus> parseRunStatus(std::string_view text);

// Seconds without a heartbeat after which a running run is shown as crashed.
inline constexpr double kHeartbeatTimeoutSeconds = 30.0;
// How often writers heartbeat at the least.
inline constexpr double kHeartbeatIntervalSeconds = 5.0;

// The per-series summary the store keeps next to the points (table `series`), so
// tables and queries never scan points.
struct SeriesSummary {
    std::int64_t seriesId = 0;
    std::string key;
    std::string slice;            // "" = the overall metric
    std::int64_t count = 0;
    std::int64_t firstStep = 0;   // smallest step
    std::int64_t lastStep = 0;    // largest step
    double lastValue = std::numeric_limits<double>::quiet_NaN(); // value at lastStep
    double lastTime = std::numeric_limits<double>::quiet_NaN();  // newest wall time
    double minValue = std::numeric_limits<double>::quiet_NaN();  // NaN: no finite-or-inf value
    double maxValue = std::numeric_limits<double>::quiet_NaN();
};

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
