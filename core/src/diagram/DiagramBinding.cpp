#include "runlens/diagram/DiagramBinding.h"
#include "runlens/diagram/DiagramEdge.h"

namespace runlens {

std::string_view toString(DiagramBinding::Type type)
{
    switch (type) {
    case DiagramBinding::Type::Experiment: return "experiment";
    case DiagramBinding::Type::Run: return "run";
    case DiagramBinding::Type::Step: return "step";
    case DiagramBinding::Type::None: break;
    }
    return "none";
}

std::optional<DiagramBinding::Type> parseDiagramBindingType(std::string_view name)
{
    for (auto t : {DiagramBinding::Type::None, DiagramBinding::Type::Experiment, DiagramBinding::Type::Run,
                   DiagramBinding::Type::Step}) {
        if (toString(t) == name)
            return t;
    }
    return std::nullopt;
}

std::string_view toString(DiagramEdge::Routing routing)
{
    return routing == DiagramEdge::Routing::Curved ? "curved" : "orthogonal";
}

std::optional<DiagramEdge::Routing> parseDiagramEdgeRouting(std::string_view name)
{
    if (name == "orthogonal")
        return DiagramEdge::Routing::Orthogonal;
    if (name == "curved")
        return DiagramEdge::Routing::Curved;
    return std::nullopt;
}

} // namespace runlens
