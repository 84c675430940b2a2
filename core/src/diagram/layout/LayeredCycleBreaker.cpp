#include "diagram/layout/LayeredCycleBreaker.h"

#include <algorithm>

namespace runlens {

std::vector<std::pair<int, int>> LayeredCycleBreaker::acyclic(int n, const std::vector<std::pair<int, int>>& edges)
{
    std::vector<std::vector<int>> outEdges(n);
    std::vector<int> indegree(n, 0);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        outEdges[edges[i].first].push_back(static_cast<int>(i));
        ++indegree[edges[i].second];
    }
    std::vector<std::pair<int, int>> result = edges;
    std::vector<char> state(n, 0); // 0 new, 1 on the DFS stack, 2 finished
    // Sources first, then whatever a cycle leaves unreached, each in diagram order.
    std::vector<int> starts;
    for (int v = 0; v < n; ++v) {
        if (indegree[v] == 0)
            starts.push_back(v);
    }
    for (int v = 0; v < n; ++v) {
        if (indegree[v] != 0)
            starts.push_back(v);
    }
    // Iterative DFS: a 100 000-node chain must not overflow the stack.
    std::vector<std::pair<int, std::size_t>> stack;
    for (int s : starts) {
        if (state[s])
            continue;
        state[s] = 1;
        stack.emplace_back(s, 0);
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == outEdges[v].size()) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            int e = outEdges[v][next++];
            int w = edges[e].second;
            if (state[w] == 1)
                std::swap(result[e].first, result[e].second);
            else if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, 0);
            }
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

} // namespace runlens
