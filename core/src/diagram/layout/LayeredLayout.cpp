#include "runlens/diagram/layout/LayeredLayout.h"

#include "diagram/layout/LayeredCycleBreaker.h"
#include "diagram/layout/LayeredGraph.h"
#include "diagram/layout/LayeredLayering.h"
#include "diagram/layout/LayeredOrdering.h"
#include "diagram/layout/LayeredPlacement.h"
#include "runlens/diagram/DiagramLimits.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace runlens {

namespace {

using Direction = LayoutOptions::Direction;

bool acrossIsX(Direction d) { return d == Direction::TopToBottom || d == Direction::BottomToTop; }

// Group nodes with members are sized around them, not placed.
std::unordered_map<std::string, std::vector<std::size_t>> groupMembers(const Diagram& d)
{
    std::unordered_map<std::string, std::vector<std::size_t>> members;
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        if (!d.nodes[i].group.empty())
            members[d.nodes[i].group].push_back(i);
    }
    return members;
}

// Node by id in O(1): Diagram::node() scans, and walking group chains with it for every
// node was quadratic on big diagrams.
using NodeIndex = std::unordered_map<std::string, const DiagramNode*>;

NodeIndex indexNodes(const Diagram& d)
{
    NodeIndex index;
    index.reserve(d.nodes.size());
    for (const auto& n : d.nodes)
        index.emplace(n.id, &n);
    return index;
}

const DiagramNode* lookup(const NodeIndex& index, const std::string& id)
{
    auto it = index.find(id);
    return it == index.end() ? nullptr : it->second;
}

// The chain is cut at the nesting limit (the validator refuses deeper ones), which
// also ends a cycle.
std::string outermostGroup(const NodeIndex& index, const DiagramNode& n)
{
    std::string top;
    int hops = 0;
    for (const DiagramNode* p = &n; p && !p->group.empty() && hops <= DiagramLimits::kMaxDepth; ++hops) {
        top = p->group;
        p = lookup(index, p->group);
    }
    return top;
}

struct Built {
    LayeredGraph graph;
    int layerCount = 0;
    int dummies = 0;
};

Built build(const Diagram& d, const LayoutOptions& o, const std::unordered_map<std::string, std::vector<std::size_t>>& members,
            bool withDummies)
{
    Built b;
    const NodeIndex index = indexNodes(d);
    std::unordered_map<std::string, int> vertexOf, clusterOf;
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const DiagramNode& n = d.nodes[i];
        if (n.kind == DiagramNodeKind::Group && members.count(n.id))
            continue;
        LayeredGraph::Vertex v;
        v.node = static_cast<long>(i);
        if (std::string top = outermostGroup(index, n); !top.empty())
            v.cluster = clusterOf.emplace(top, static_cast<int>(clusterOf.size())).first->second;
        v.depth = acrossIsX(o.direction) ? n.size.height : n.size.width;
        v.breadth = acrossIsX(o.direction) ? n.size.width : n.size.height;
        vertexOf.emplace(n.id, b.graph.addVertex(v));
    }
    std::vector<std::pair<int, int>> edges;
    edges.reserve(d.edges.size());
    for (const auto& e : d.edges) {
        auto from = vertexOf.find(e.from.node), to = vertexOf.find(e.to.node);
        if (from != vertexOf.end() && to != vertexOf.end() && from->second != to->second)
            edges.emplace_back(from->second, to->second);
    }
    auto dag = LayeredCycleBreaker::acyclic(b.graph.size(), edges);
    b.layerCount = std::max(1, LayeredLayering::assignLayers(b.graph, dag));
    if (withDummies) {
        b.dummies = LayeredLayering::connect(b.graph, dag, b.layerCount);
    } else {
        for (const auto& [from, to] : dag)
            b.graph.addEdge(from, to);
        b.graph.layers.assign(b.layerCount, {});
        for (int v = 0; v < b.graph.size(); ++v)
            b.graph.layers[b.graph.vertices[v].layer].push_back(v);
    }
    return b;
}

// Layout axes (along the flow, across it) to scene coordinates.
void writePositions(const Built& b, const Diagram& d, const LayoutOptions& o, LayoutResult& r)
{
    std::vector<double> depths;
    auto starts = LayeredPlacement::bandStarts(b.graph, o.layerGap, depths);
    for (const auto& v : b.graph.vertices) {
        if (v.node < 0)
            continue;
        double along = starts[v.layer] + (depths[v.layer] - v.depth) / 2;
        double across = v.pos - v.breadth / 2;
        if (o.direction == Direction::RightToLeft || o.direction == Direction::BottomToTop)
            along = -along - v.depth;
        // Snapped to the grid: near-straight lines become straight, and as nodes are
        // more than a grid step apart, snapping cannot make them overlap.
        double step = o.grid > 0 && o.nodeGap > o.grid && o.layerGap > o.grid ? o.grid : 1;
        along = std::round(along / step) * step;
        across = std::round(across / step) * step;
        DiagramPoint p = acrossIsX(o.direction) ? DiagramPoint{across, along} : DiagramPoint{along, across};
        r.positions[d.nodes[v.node].id] = p;
    }
}

int nesting(const NodeIndex& index, const DiagramNode& n)
{
    int depth = 0;
    for (const DiagramNode* p = &n; p && !p->group.empty() && depth <= DiagramLimits::kMaxDepth; ++depth)
        p = lookup(index, p->group);
    return depth;
}

void encloseGroups(const Diagram& d, const LayoutOptions& o,
                   const std::unordered_map<std::string, std::vector<std::size_t>>& members, LayoutResult& r)
{
    std::vector<std::pair<int, const DiagramNode*>> groups;
    const NodeIndex index = indexNodes(d);
    for (const auto& n : d.nodes) {
        if (n.kind == DiagramNodeKind::Group && members.count(n.id))
            groups.emplace_back(nesting(index, n), &n);
    }
    // Innermost first, so an outer group sees the final size of the inner ones.
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [depth, g] : groups) {
        double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
        for (std::size_t i : members.at(g->id)) {
            const DiagramNode& m = d.nodes[i];
            auto pos = r.positions.find(m.id);
            if (pos == r.positions.end())
                continue;
            auto size = r.sizes.count(m.id) ? r.sizes.at(m.id) : m.size;
            x0 = std::min(x0, pos->second.x);
            y0 = std::min(y0, pos->second.y);
            x1 = std::max(x1, pos->second.x + size.width);
            y1 = std::max(y1, pos->second.y + size.height);
        }
        if (x0 > x1)
            continue;
        r.positions[g->id] = {x0 - o.groupPadding, y0 - o.groupPadding - o.groupHeader};
        r.sizes[g->id] = {x1 - x0 + 2 * o.groupPadding, y1 - y0 + 2 * o.groupPadding + o.groupHeader};
    }
}

void moveToOrigin(const LayoutOptions& o, LayoutResult& r)
{
    if (r.positions.empty())
        return;
    double minX = std::numeric_limits<double>::max(), minY = minX;
    for (const auto& [id, p] : r.positions) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
    }
    for (auto& [id, p] : r.positions)
        p = {p.x - minX + o.origin.x, p.y - minY + o.origin.y};
}

} // namespace

LayoutResult LayeredLayout::compute(const Diagram& diagram, const LayoutOptions& options)
{
    auto members = groupMembers(diagram);
    Built b = build(diagram, options, members, true);
    LayoutResult r;
    r.layers = b.layerCount;
    r.dummyVertices = b.dummies;
    r.crossings = LayeredOrdering::reduceCrossings(b.graph, std::max(0, options.sweeps));
    LayeredPlacement::placeAcross(b.graph, options.nodeGap, 4);
    writePositions(b, diagram, options, r);
    encloseGroups(diagram, options, members, r);
    moveToOrigin(options, r);
    return r;
}

LayoutResult LayeredLayout::naive(const Diagram& diagram, const LayoutOptions& options)
{
    auto members = groupMembers(diagram);
    Built b = build(diagram, options, members, false);
    LayoutResult r;
    r.layers = b.layerCount;
    r.crossings = -1; // not counted: the baseline does no crossing work at all
    for (int l = 0; l < b.layerCount; ++l) {
        double at = 0;
        for (int v : b.graph.layers[l]) {
            auto& vx = b.graph.vertices[v];
            vx.pos = at + vx.breadth / 2;
            at += vx.breadth + options.nodeGap;
        }
    }
    writePositions(b, diagram, options, r);
    encloseGroups(diagram, options, members, r);
    moveToOrigin(options, r);
    return r;
}

Diagram LayeredLayout::applied(const Diagram& diagram, const LayoutResult& result)
{
    Diagram out = diagram;
    for (auto& n : out.nodes) {
        if (auto p = result.positions.find(n.id); p != result.positions.end())
            n.position = p->second;
        if (auto s = result.sizes.find(n.id); s != result.sizes.end())
            n.size = s->second;
    }
    return out;
}

} // namespace runlens
