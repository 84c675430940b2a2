#pragma once

#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

// The plain-text table `runlens ls` prints: one run per line, widths fitted to the
// content, the main metrics last.
namespace RunTableText {

std::string render(const std::vector<RunRecord>& runs);
std::string renderOne(const RunRecord& run);
std::string formatTime(double unixSeconds);
std::string formatDuration(double seconds);

} // namespace RunTableText

} // namespace runlens
