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
class RunJson {
public:
    static std::string runs(const std::vector<RunRecord>& runs, int indent = 2);
    static std::string run(const RunRecord& run, int indent = 2);
    // The same text, written as it is made: a run with a million metric keys costs one
    // summary's JSON in memory, not a tree of all of them (`ls --json` held 1.3 GB).
    static void writeRuns(std::ostream& out, const std::vector<RunRecord>& runs, int indent = 2);
    static void writeRun(std::ostream& out, const RunRecord& run, int indent = 2);
    struct NamedSeries {
        std::string key;
        std::string slice;
        SeriesData data;
    };
    static std::string metrics(const RunRecord& run, const std::vector<NamedSeries>& series, int indent = 2);
};

} // namespace runlens
