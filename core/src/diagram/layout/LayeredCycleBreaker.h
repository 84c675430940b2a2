#pragma once

#include <utility>
#include <vector>

namespace runlens {

// Makes a directed graph acyclic by reversing the back edges of a depth-first search
// that starts from the sources, so a pipeline's feedback edge (monitoring -> retrain)
// is the one turned round rather than a forward edge.
namespace LayeredCycleBreaker {

// Edges as (from, to) over vertices 0..n-1, self loops already removed; returns
// the same edges, some reversed, with duplicates removed.
std::vector<std::pair<int, int>> acyclic(int n, const std::vector<std::pair<int, int>>& edges);

} // namespace LayeredCycleBreaker

} // namespace runlens
