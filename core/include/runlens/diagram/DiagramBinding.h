#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace runlens {

// What a node shows from the store: nothing, the runs of an experiment, one run, or
// the child run named after a pipeline step of the parent run chosen in the toolbar.
struct DiagramBinding {
    enum class Type { None, Experiment, Run, Step };

    Type type = Type::None;
    std::string value; // experiment name, run uuid or step name; "" for None

    bool isBound() const { return type != Type::None; }
    bool operator==(const DiagramBinding&) const = default;

    static DiagramBinding experiment(std::string name) { return {Type::Experiment, std::move(name)}; }
    static DiagramBinding run(std::string uuid) { return {Type::Run, std::move(uuid)}; }
    static DiagramBinding step(std::string name) { return {Type::Step, std::move(name)}; }
};

// "none", "experiment", "run", "step" in the JSON format.
std::string_view toString(DiagramBinding::Type type);
std::optional<DiagramBinding::Type> parseDiagramBindingType(std::string_view name);

} // namespace runlens
