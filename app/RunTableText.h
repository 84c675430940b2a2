#pragma once

#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

// The plain-text table `runlens ls` prints: one run per line, widths fitted to the
// content, the main metrics last.
class RunTableText {
public:
    static std::string render(const std::vector<RunRecord>& runs);
    static std::string renderOne(const RunRecord& run);
    static std::string formatTime(double unixSeconds);
    static std::string formatDuration(double seconds);
};

} // namespace runlens
