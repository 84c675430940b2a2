#pragma once

#include "runlens/diagram/Diagram.h"

#include <string>
#include <vector>

namespace runlens {

// A terse way to write the built-in templates: nodes, groups, notes and edges by id.
class TemplateBuilder {
public:
    explicit TemplateBuilder(std::string name) : m_diagram(Diagram::make(std::move(name))) {}

    TemplateBuilder& node(const std::string& id, DiagramNodeKind kind, const std::string& title,
                          const std::string& step = {}, const std::string& metric = {});
    TemplateBuilder& group(const std::string& id, const std::string& title, const std::vector<std::string>& members);
    TemplateBuilder& note(const std::string& id, const std::string& text);
    // A chain of edges: a -> b -> c …
    TemplateBuilder& chain(const std::vector<std::string>& ids);
    TemplateBuilder& edge(const std::string& from, const std::string& to, const std::string& label = {});
    // Laid out left to right, validated.
    Diagram build();

private:
    Diagram m_diagram;
};

} // namespace runlens
