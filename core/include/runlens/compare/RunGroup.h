#pragma once

#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

// A column of a comparison: one run, or runs that belong together (all seeds of one
// config, all runs with the same tag value). Groups get mean ± std, confidence
// intervals and tests; a single run is a group of one.
struct RunGroup {
    std::string label;          // column title: the run name, or "lr=0.01, model=mlp"
    std::string noun = "runs";  // what the members are, for sentences: "runs", "seeds"
    std::vector<RunRecord> runs;

    static RunGroup of(const RunRecord& run);
    // One group per run, in the given order.
    static std::vector<RunGroup> each(const std::vector<RunRecord>& runs);
    // One group per value of a param ("lr=0.01"; runs without it: "lr=(none)"), ordered
    // by value: numbers numerically, text alphabetically.
    static std::vector<RunGroup> byParam(const std::vector<RunRecord>& runs, const std::string& key);
    // One group per value of a tag ("team=vision"), alphabetically.
    static std::vector<RunGroup> byTag(const std::vector<RunRecord>& runs, const std::string& key);
    // One group per configuration: runs whose params are equal once the ignored keys are
    // left out, in order of first appearance. The label names the params that differ
    // between groups. With a "seed"-like key ignored, the members are called "seeds".
    static std::vector<RunGroup> byConfig(const std::vector<RunRecord>& runs,
                                          const std::vector<std::string>& ignored = repeatParams());
    // The params that only tell repeats of one config apart ("seed"): what byConfig
    // leaves out by default, and what parameter importance leaves out unless asked.
    static const std::vector<std::string>& repeatParams();
};

} // namespace runlens
