#pragma once

#include "runlens/model/RunRecord.h"
#include "runlens/model/SeriesData.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace runlens {

// The JSON shapes the CLI prints (`ls --json`, `show --json`, `export --format json`):
// one place, so every command and later the reports agree. NaN and ±Inf, which JSON
// lacks, are written as null with the text in a sibling "…_text" only where needed.
namespace RunJson {

std::string runs(const std::vector<RunRecord>& runs, int indent = 2);
std::string run(const RunRecord& run, int indent = 2);
// The same text, written as it is made: a run with a million metric keys costs one
// summary's JSON in memory, not a tree of all of them (`ls --json` held 1.3 GB).
void writeRuns(std::ostream& out, const std::vector<RunRecord>& runs, int indent = 2);
void writeRun(std::ostream& out, const RunRecord& run, int indent = 2);
struct NamedSeries {
    std::string key;
    std::string slice;
    SeriesData data;
};
std::string metrics(const RunRecord& run, const std::vector<NamedSeries>& series, int indent = 2);

} // namespace RunJson

} // namespace runlens
