#pragma once

#include <optional>
#include <string_view>

namespace runlens {

// The MLOps stages a diagram node can stand for; the editor's palette shows one icon
// per kind. Group is a lane or box that contains other nodes; Note is free text.
enum class DiagramNodeKind {
    DataSource,
    Validation,
    FeatureEngineering,
    Training,
    Evaluation,
    ModelRegistry,
    Deployment,
    Monitoring,
    Step,
    Note,
    Group,
};

// The names used in the JSON format ("data-source", "training", ...).
std::string_view toString(DiagramNodeKind kind);
std::optional<DiagramNodeKind> parseDiagramNodeKind(std::string_view name);
// A kind guessed from free text (a label, a step name, a draw.io style): "Train model"
// is Training, "Serve" is Deployment; Step when nothing fits.
DiagramNodeKind guessDiagramNodeKind(std::string_view text);
// Whether nodes of this kind get an input and an output port by default.
bool hasDefaultPorts(DiagramNodeKind kind);

} // namespace runlens
