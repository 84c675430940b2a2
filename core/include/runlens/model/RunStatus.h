#pragma once

#include <optional>
#include <string>
#include <string_view>

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

} // namespace runlens
