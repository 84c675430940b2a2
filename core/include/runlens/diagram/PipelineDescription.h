#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace runlens {

// One step of a pipeline as training code describes it (describePipeline): the name
// of the child run that implements it, what kind of stage it is and which steps must
// finish before it starts.
struct PipelineStep {
    std::string name;               // the child run's name, e.g. "train"
    std::string kind;               // a node kind name ("training"); "" = guessed from the name
    std::vector<std::string> after; // names of the steps it depends on
    std::string title;              // shown on the node; "" = the name

    bool operator==(const PipelineStep&) const = default;
};

class Run;

// The `runlens.pipeline` tag: how a pipeline's parent run tells Runlens which steps
// it has (docs/diagram-format.md). Its value is JSON:
//   {"steps": [{"name": "train", "kind": "training", "after": ["features"]}, …]}
namespace PipelineDescription {

inline constexpr const char* kTag = "runlens.pipeline";
inline constexpr std::size_t kMaxSteps = 1000;

// The tag value; throws StoreError(InvalidInput) for bad steps (empty or duplicate
// names, unknown kinds, dependencies on unknown steps, cycles).
std::string toJson(const std::vector<PipelineStep>& steps);
// Reads a tag value with the same checks; throws DiagramError naming the JSON path.
// Keys it does not know are ignored, so newer clients can add some.
std::vector<PipelineStep> parse(std::string_view json);
// Throws DiagramError(path, …) for the first problem.
void check(const std::vector<PipelineStep>& steps);

} // namespace PipelineDescription

// Sets the parent run's `runlens.pipeline` tag: Runlens then creates or updates the
// run's pipeline diagram (PipelineDiagram::syncFromRun). Call it on the parent run,
// before or after starting the child runs (run.child("train")).
void describePipeline(Run& run, const std::vector<PipelineStep>& steps);

} // namespace runlens
