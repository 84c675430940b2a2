#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

class Store;

// The diagram of a pipeline described by its parent run's `runlens.pipeline` tag.
// Each step is a node with the stable id "step:<name>", bound to the step name, so a
// view choosing the parent run shows each step's child run; each dependency is an
// edge with an id "dep:<n>". Updating from a changed tag keeps what the user did:
// positions, sizes, titles, metric choices, labels, and any node or edge they added;
// the tag decides which step nodes and dependency edges exist and the steps' kinds
// and bindings.
class PipelineDiagram {
public:
    static std::string nodeId(const std::string& stepName) { return "step:" + stepName; }

    // A new laid-out diagram of the steps.
    static Diagram create(const std::string& name, const std::vector<PipelineStep>& steps,
                          const std::string& sourceRun = {});
    // `current` brought in line with the steps (same uuid). New steps are placed next
    // to the steps they follow, without overlapping what is there.
    static Diagram update(const Diagram& current, const std::vector<PipelineStep>& steps);
    // The steps of a parent run: from its runlens.pipeline tag when it has one
    // (*described = true), else its child runs among `runs` in the order they started,
    // each after the one before; runs started within the clock's resolution keep the
    // order they were made in (their local id). The editor and the report both ask
    // here, so they never disagree on the order. Throws DiagramError for a bad tag.
    static std::vector<PipelineStep> stepsOf(const RunRecord& parent, std::vector<RunRecord> runs,
                                             bool* described = nullptr);
    // Reads the run's tag and creates or updates its diagram in the store; returns the
    // diagram's uuid. Throws StoreError (no such run, no tag) or DiagramError (bad tag).
    static std::string syncFromRun(const Store& store, const std::string& runId);
};

} // namespace runlens
