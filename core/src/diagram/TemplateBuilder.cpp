#include "diagram/TemplateBuilder.h"

#include "runlens/diagram/DiagramValidator.h"
#include "runlens/diagram/layout/LayeredLayout.h"

namespace runlens {

TemplateBuilder& TemplateBuilder::node(const std::string& id, DiagramNodeKind kind, const std::string& title,
                                       const std::string& step, const std::string& metric)
{
    DiagramNode n = DiagramNode::make(id, kind, title);
    if (!step.empty())
        n.binding = DiagramBinding::step(step);
    n.metric = metric;
    m_diagram.nodes.push_back(std::move(n));
    return *this;
}

TemplateBuilder& TemplateBuilder::group(const std::string& id, const std::string& title,
                                        const std::vector<std::string>& members)
{
    // Groups first in the list, so they are drawn below their members.
    m_diagram.nodes.insert(m_diagram.nodes.begin(), DiagramNode::make(id, DiagramNodeKind::Group, title));
    for (const auto& m : members)
        m_diagram.node(m)->group = id;
    return *this;
}

TemplateBuilder& TemplateBuilder::note(const std::string& id, const std::string& text)
{
    m_diagram.nodes.push_back(DiagramNode::make(id, DiagramNodeKind::Note, text));
    m_diagram.nodes.back().size = {260, 90};
    return *this;
}

TemplateBuilder& TemplateBuilder::chain(const std::vector<std::string>& ids)
{
    for (std::size_t i = 1; i < ids.size(); ++i)
        edge(ids[i - 1], ids[i]);
    return *this;
}

TemplateBuilder& TemplateBuilder::edge(const std::string& from, const std::string& to, const std::string& label)
{
    DiagramEdge e;
    e.id = "e" + std::to_string(m_diagram.edges.size() + 1);
    e.from = {from, "out"};
    e.to = {to, "in"};
    e.label = label;
    m_diagram.edges.push_back(std::move(e));
    return *this;
}

Diagram TemplateBuilder::build()
{
    Diagram d = LayeredLayout::applied(m_diagram, LayeredLayout::compute(m_diagram));
    DiagramValidator::check(d);
    return d;
}

} // namespace runlens
