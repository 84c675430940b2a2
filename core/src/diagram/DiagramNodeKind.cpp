#include "runlens/diagram/DiagramNodeKind.h"

#include "runlens/model/TextRules.h"

#include <array>
#include <string>
#include <utility>

namespace runlens {

namespace {

constexpr std::array<std::pair<DiagramNodeKind, std::string_view>, 11> kNames{{
    {DiagramNodeKind::DataSource, "data-source"},
    {DiagramNodeKind::Validation, "validation"},
    {DiagramNodeKind::FeatureEngineering, "feature-engineering"},
    {DiagramNodeKind::Training, "training"},
    {DiagramNodeKind::Evaluation, "evaluation"},
    {DiagramNodeKind::ModelRegistry, "model-registry"},
    {DiagramNodeKind::Deployment, "deployment"},
    {DiagramNodeKind::Monitoring, "monitoring"},
    {DiagramNodeKind::Step, "step"},
    {DiagramNodeKind::Note, "note"},
    {DiagramNodeKind::Group, "group"},
}};

// Word stems, most specific first: "model evaluation" must not become Training
// because of "model", and "data validation" is Validation, not DataSource.
constexpr std::array<std::pair<std::string_view, DiagramNodeKind>, 38> kStems{{
    {"monitor", DiagramNodeKind::Monitoring},
    {"drift", DiagramNodeKind::Monitoring},
    {"alert", DiagramNodeKind::Monitoring},
    {"registry", DiagramNodeKind::ModelRegistry},
    {"register", DiagramNodeKind::ModelRegistry},
    {"deploy", DiagramNodeKind::Deployment},
    {"serving", DiagramNodeKind::Deployment},
    {"serve", DiagramNodeKind::Deployment},
    {"endpoint", DiagramNodeKind::Deployment},
    {"release", DiagramNodeKind::Deployment},
    {"inference", DiagramNodeKind::Deployment},
    {"predict", DiagramNodeKind::Deployment},
    {"evaluat", DiagramNodeKind::Evaluation},
    {"eval", DiagramNodeKind::Evaluation},
    {"metric", DiagramNodeKind::Evaluation},
    {"score", DiagramNodeKind::Evaluation},
    {"benchmark", DiagramNodeKind::Evaluation},
    {"test", DiagramNodeKind::Evaluation},
    {"train", DiagramNodeKind::Training},
    {"fit", DiagramNodeKind::Training},
    {"tune", DiagramNodeKind::Training},
    {"tuning", DiagramNodeKind::Training},
    {"feature", DiagramNodeKind::FeatureEngineering},
    {"preprocess", DiagramNodeKind::FeatureEngineering},
    {"prepar", DiagramNodeKind::FeatureEngineering},
    {"transform", DiagramNodeKind::FeatureEngineering},
    {"embed", DiagramNodeKind::FeatureEngineering},
    {"validat", DiagramNodeKind::Validation},
    {"check", DiagramNodeKind::Validation},
    {"quality", DiagramNodeKind::Validation},
    {"schema", DiagramNodeKind::Validation},
    {"ingest", DiagramNodeKind::DataSource},
    {"extract", DiagramNodeKind::DataSource},
    {"source", DiagramNodeKind::DataSource},
    {"dataset", DiagramNodeKind::DataSource},
    {"database", DiagramNodeKind::DataSource},
    {"load", DiagramNodeKind::DataSource},
    {"data", DiagramNodeKind::DataSource},
}};

} // namespace

std::string_view toString(DiagramNodeKind kind)
{
    for (const auto& [k, name] : kNames) {
        if (k == kind)
            return name;
    }
    return "step";
}

std::optional<DiagramNodeKind> parseDiagramNodeKind(std::string_view name)
{
    for (const auto& [k, n] : kNames) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

DiagramNodeKind guessDiagramNodeKind(std::string_view text)
{
    // Only the first 4 KiB matter for a guess; keeps a huge label cheap.
    const std::string lower = TextRules::asciiLower(text.substr(0, 4096));
    if (auto kind = parseDiagramNodeKind(lower))
        return *kind;
    for (const auto& [stem, kind] : kStems) {
        if (lower.find(stem) != std::string::npos)
            return kind;
    }
    return DiagramNodeKind::Step;
}

bool hasDefaultPorts(DiagramNodeKind kind)
{
    return kind != DiagramNodeKind::Note && kind != DiagramNodeKind::Group;
}

} // namespace runlens
