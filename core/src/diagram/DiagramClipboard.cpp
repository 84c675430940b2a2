#include "diagram/DiagramClipboard.h"

#include "runlens/model/Uuid.h"

#include <unordered_map>
#include <unordered_set>

namespace runlens {

Diagram DiagramClipboard::fragment(const Diagram& d, const std::vector<std::string>& ids, bool keepOuterGroups)
{
    std::unordered_set<std::string> chosen(ids.begin(), ids.end());
    // Members of chosen groups come along, however deep: repeat until nothing is added.
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& n : d.nodes) {
            if (!n.group.empty() && chosen.count(n.group) && chosen.insert(n.id).second)
                grew = true;
        }
    }
    Diagram f;
    f.uuid = Uuid::generate();
    f.name = d.name.empty() ? "fragment" : d.name;
    for (const auto& n : d.nodes) {
        if (!chosen.count(n.id))
            continue;
        f.nodes.push_back(n);
        if (!keepOuterGroups && !n.group.empty() && !chosen.count(n.group))
            f.nodes.back().group.clear();
    }
    for (const auto& e : d.edges) {
        if (chosen.count(e.from.node) && chosen.count(e.to.node))
            f.edges.push_back(e);
    }
    return f;
}

std::vector<std::string> DiagramClipboard::renumber(Diagram& f, const std::function<std::string()>& nodeId,
                                                    const std::function<std::string()>& edgeId, DiagramPoint offset)
{
    std::unordered_map<std::string, std::string> map;
    std::vector<std::string> created;
    for (auto& n : f.nodes) {
        std::string id = nodeId();
        map.emplace(n.id, id);
        n.id = id;
        n.position = {n.position.x + offset.x, n.position.y + offset.y};
        created.push_back(id);
    }
    for (auto& n : f.nodes) {
        if (auto it = map.find(n.group); it != map.end())
            n.group = it->second;
    }
    for (auto& e : f.edges) {
        e.id = edgeId();
        e.from.node = map.at(e.from.node);
        e.to.node = map.at(e.to.node);
    }
    return created;
}

} // namespace runlens
