#pragma once

#include "runlens/diagram/Diagram.h"

#include <string>
#include <unordered_map>

namespace runlens {

// Position of every node and edge in a Diagram's vectors by id: O(1) lookups for the
// document, which rebuilds it after edits that add or remove items.
class DiagramIndex {
public:
    void rebuild(const Diagram& d)
    {
        m_nodes.clear();
        m_edges.clear();
        m_nodes.reserve(d.nodes.size());
        m_edges.reserve(d.edges.size());
        for (std::size_t i = 0; i < d.nodes.size(); ++i)
            m_nodes.emplace(d.nodes[i].id, i);
        for (std::size_t i = 0; i < d.edges.size(); ++i)
            m_edges.emplace(d.edges[i].id, i);
    }
    const std::unordered_map<std::string, std::size_t>& nodes() const { return m_nodes; }
    const std::unordered_map<std::string, std::size_t>& edges() const { return m_edges; }

    // -1 when absent.
    long node(const std::string& id) const { return find(m_nodes, id); }
    long edge(const std::string& id) const { return find(m_edges, id); }

private:
    static long find(const std::unordered_map<std::string, std::size_t>& map, const std::string& id)
    {
        auto it = map.find(id);
        return it == map.end() ? -1 : static_cast<long>(it->second);
    }

    std::unordered_map<std::string, std::size_t> m_nodes;
    std::unordered_map<std::string, std::size_t> m_edges;
};

} // namespace runlens
