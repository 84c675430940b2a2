#pragma once

#include <string>
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

} // namespace runlens
