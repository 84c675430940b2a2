#include "runlens/diagram/Diagram.h"

#include "runlens/model/Uuid.h"

#include <algorithm>

namespace runlens {

const DiagramPort* DiagramNode::input(const std::string& portId) const
{
    auto it = std::find_if(inputs.begin(), inputs.end(), [&](const DiagramPort& p) { return p.id == portId; });
    return it == inputs.end() ? nullptr : &*it;
}

const DiagramPort* DiagramNode::output(const std::string& portId) const
{
    auto it = std::find_if(outputs.begin(), outputs.end(), [&](const DiagramPort& p) { return p.id == portId; });
    return it == outputs.end() ? nullptr : &*it;
}

DiagramNode DiagramNode::make(std::string id, DiagramNodeKind kind, std::string title)
{
    DiagramNode n;
    n.id = std::move(id);
    n.kind = kind;
    n.title = std::move(title);
    if (hasDefaultPorts(kind)) {
        n.inputs.push_back({"in", ""});
        n.outputs.push_back({"out", ""});
    }
    if (kind == DiagramNodeKind::Note)
        n.size = {200, 80};
    else if (kind == DiagramNodeKind::Group)
        n.size = {400, 240};
    return n;
}

const DiagramNode* Diagram::node(const std::string& id) const
{
    auto it = std::find_if(nodes.begin(), nodes.end(), [&](const DiagramNode& n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

DiagramNode* Diagram::node(const std::string& id)
{
    auto it = std::find_if(nodes.begin(), nodes.end(), [&](const DiagramNode& n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

const DiagramEdge* Diagram::edge(const std::string& id) const
{
    auto it = std::find_if(edges.begin(), edges.end(), [&](const DiagramEdge& e) { return e.id == id; });
    return it == edges.end() ? nullptr : &*it;
}

Diagram Diagram::make(std::string name)
{
    Diagram d;
    d.uuid = Uuid::generate();
    d.name = std::move(name);
    return d;
}

} // namespace runlens
