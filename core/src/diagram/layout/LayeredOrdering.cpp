#include "diagram/layout/LayeredOrdering.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <utility>

namespace runlens {

namespace {

void keepClustersTogether(LayeredGraph& g, std::vector<int>& layer);

void initialOrder(LayeredGraph& g)
{
    // Breadth first from the sources in diagram order: connected vertices start close.
    const int n = g.size();
    std::vector<int> seen(n, -1);
    std::vector<int> queue;
    queue.reserve(n);
    for (int v = 0; v < n; ++v) {
        if (g.in[v].empty()) {
            seen[v] = static_cast<int>(queue.size());
            queue.push_back(v);
        }
    }
    for (std::size_t i = 0; i < queue.size(); ++i) {
        for (int w : g.out[queue[i]]) {
            if (seen[w] < 0) {
                seen[w] = static_cast<int>(queue.size());
                queue.push_back(w);
            }
        }
    }
    for (auto& layer : g.layers) {
        std::stable_sort(layer.begin(), layer.end(), [&](int a, int b) { return seen[a] < seen[b]; });
        keepClustersTogether(g, layer);
    }
}

// Members of one group stay next to each other in a layer, so the group's box can
// enclose them: each cluster moves to the mean slot of its members, members and
// ungrouped vertices keep their relative order.
void keepClustersTogether(LayeredGraph& g, std::vector<int>& layer)
{
    bool clustered = std::any_of(layer.begin(), layer.end(), [&](int v) { return g.vertices[v].cluster >= 0; });
    if (clustered) {
        std::unordered_map<int, std::pair<double, double>> slots; // cluster -> sum of slots, count
        for (std::size_t i = 0; i < layer.size(); ++i) {
            if (int c = g.vertices[layer[i]].cluster; c >= 0) {
                slots[c].first += static_cast<double>(i);
                slots[c].second += 1;
            }
        }
        struct Item { double rank; int cluster; std::size_t slot; int v; };
        std::vector<Item> items;
        items.reserve(layer.size());
        for (std::size_t i = 0; i < layer.size(); ++i) {
            int c = g.vertices[layer[i]].cluster;
            double rank = c < 0 ? static_cast<double>(i) : slots[c].first / slots[c].second;
            items.push_back({rank, c, i, layer[i]});
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            return a.cluster != b.cluster ? a.cluster < b.cluster : a.slot < b.slot;
        });
        for (std::size_t i = 0; i < items.size(); ++i)
            layer[i] = items[i].v;
    }
    for (std::size_t i = 0; i < layer.size(); ++i)
        g.vertices[layer[i]].order = static_cast<int>(i);
}

void sweepLayer(LayeredGraph& g, int layer, bool down, bool median)
{
    auto& vs = g.layers[layer];
    std::vector<std::pair<double, int>> movable;
    std::vector<char> fixed(vs.size(), 0);
    std::vector<int> positions;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        const auto& nb = down ? g.in[vs[i]] : g.out[vs[i]];
        if (nb.empty()) {
            fixed[i] = 1; // nothing pulls it: it keeps its slot
            continue;
        }
        positions.clear();
        for (int w : nb)
            positions.push_back(g.vertices[w].order);
        double key;
        if (median) {
            std::sort(positions.begin(), positions.end());
            std::size_t m = positions.size() / 2;
            key = positions.size() % 2 ? positions[m] : (positions[m - 1] + positions[m]) / 2.0;
        } else {
            double sum = 0;
            for (int p : positions)
                sum += p;
            key = sum / static_cast<double>(positions.size());
        }
        movable.emplace_back(key, vs[i]);
    }
    std::stable_sort(movable.begin(), movable.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t next = 0;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        if (!fixed[i])
            vs[i] = movable[next++].second;
    }
    keepClustersTogether(g, vs);
}

long countBetween(const LayeredGraph& g, int upper)
{
    // Crossings = inversions of the lower ends when edges are sorted by upper end
    // (Barth, Juenger, Mutzel), counted with a Fenwick tree over the lower layer.
    std::vector<std::pair<int, int>> ends;
    for (int v : g.layers[upper]) {
        for (int w : g.out[v])
            ends.emplace_back(g.vertices[v].order, g.vertices[w].order);
    }
    std::sort(ends.begin(), ends.end());
    const std::size_t size = g.layers[upper + 1].size() + 1;
    std::vector<long> tree(size, 0);
    long crossings = 0, seen = 0;
    for (const auto& e : ends) {
        long notAbove = 0;
        for (std::size_t i = static_cast<std::size_t>(e.second) + 1; i > 0; i -= i & (~i + 1))
            notAbove += tree[i];
        crossings += seen - notAbove;
        for (std::size_t i = static_cast<std::size_t>(e.second) + 1; i < size; i += i & (~i + 1))
            ++tree[i];
        ++seen;
    }
    return crossings;
}

} // namespace

long LayeredOrdering::countCrossings(const LayeredGraph& g)
{
    long total = 0;
    for (int l = 0; l + 1 < static_cast<int>(g.layers.size()); ++l)
        total += countBetween(g, l);
    return total;
}

long LayeredOrdering::reduceCrossings(LayeredGraph& g, int sweeps)
{
    initialOrder(g);
    const int layers = static_cast<int>(g.layers.size());
    long best = countCrossings(g);
    auto bestLayers = g.layers;
    int sinceBest = 0;
    for (int round = 0; round < sweeps && best > 0 && sinceBest < 4; ++round) {
        bool median = round % 2 == 1;
        for (int l = 1; l < layers; ++l)
            sweepLayer(g, l, true, median);
        for (int l = layers - 2; l >= 0; --l)
            sweepLayer(g, l, false, median);
        long now = countCrossings(g);
        if (now < best) {
            best = now;
            bestLayers = g.layers;
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
    }
    g.layers = std::move(bestLayers);
    for (auto& layer : g.layers) {
        for (std::size_t i = 0; i < layer.size(); ++i)
            g.vertices[layer[i]].order = static_cast<int>(i);
    }
    return best;
}

} // namespace runlens
