#include "diagram/layout/LayeredLayering.h"

#include <algorithm>
#include <limits>

namespace runlens {

int LayeredLayering::assignLayers(LayeredGraph& g, const std::vector<std::pair<int, int>>& dag)
{
    const int n = g.size();
    std::vector<std::vector<int>> succ(n);
    std::vector<int> indegree(n, 0);
    for (const auto& [a, b] : dag) {
        succ[a].push_back(b);
        ++indegree[b];
    }
    // Kahn's algorithm gives a topological order; layers follow it.
    std::vector<int> order;
    order.reserve(n);
    for (int v = 0; v < n; ++v) {
        if (indegree[v] == 0)
            order.push_back(v);
    }
    std::vector<int> remaining = indegree;
    std::vector<int> layer(n, 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        int v = order[i];
        for (int w : succ[v]) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--remaining[w] == 0)
                order.push_back(w);
        }
    }
    for (int v = 0; v < n; ++v) {
        if (indegree[v] == 0 && !succ[v].empty()) {
            int nearest = std::numeric_limits<int>::max();
            for (int w : succ[v])
                nearest = std::min(nearest, layer[w]);
            layer[v] = nearest - 1;
        }
    }
    int count = 0;
    for (int v = 0; v < n; ++v) {
        g.vertices[v].layer = layer[v];
        count = std::max(count, layer[v] + 1);
    }
    return count;
}

std::vector<char> LayeredLayering::chooseLongEdges(const LayeredGraph& g, const std::vector<std::pair<int, int>>& dag)
{
    auto span = [&](std::size_t e) {
        return static_cast<long>(g.vertices[dag[e].second].layer) - g.vertices[dag[e].first].layer - 1;
    };
    std::vector<std::size_t> byLength(dag.size());
    for (std::size_t e = 0; e < dag.size(); ++e)
        byLength[e] = e;
    std::stable_sort(byLength.begin(), byLength.end(), [&](std::size_t a, std::size_t b) { return span(a) < span(b); });
    long budget = kDummiesPerElement * static_cast<long>(g.size() + dag.size()) + kDummiesBase;
    std::vector<char> keep(dag.size(), 1);
    for (std::size_t e : byLength) {
        long cost = std::max(0L, span(e));
        if (cost > budget)
            keep[e] = 0;
        else
            budget -= cost;
    }
    return keep;
}

int LayeredLayering::connect(LayeredGraph& g, const std::vector<std::pair<int, int>>& dag, int layerCount)
{
    std::vector<char> keep = chooseLongEdges(g, dag);
    int dummies = 0;
    for (std::size_t e = 0; e < dag.size(); ++e) {
        if (!keep[e])
            continue;
        const auto [a, b] = dag[e];
        int prev = a;
        for (int l = g.vertices[a].layer + 1; l < g.vertices[b].layer; ++l) {
            LayeredGraph::Vertex d;
            d.layer = l;
            // A long edge inside a group stays with the group's members.
            if (g.vertices[a].cluster == g.vertices[b].cluster)
                d.cluster = g.vertices[a].cluster;
            int id = g.addVertex(d);
            g.addEdge(prev, id);
            prev = id;
            ++dummies;
        }
        g.addEdge(prev, b);
    }
    g.layers.assign(layerCount, {});
    for (int v = 0; v < g.size(); ++v)
        g.layers[g.vertices[v].layer].push_back(v);
    return dummies;
}

} // namespace runlens
