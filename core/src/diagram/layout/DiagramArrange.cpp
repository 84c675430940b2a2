#include "diagram/layout/DiagramArrange.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace runlens {

std::vector<DiagramNode> DiagramArrange::align(std::vector<DiagramNode> nodes, DiagramAlignment a)
{
    if (nodes.size() < 2)
        return nodes;
    double left = std::numeric_limits<double>::max(), top = left, right = -left, bottom = -left;
    for (const auto& n : nodes) {
        left = std::min(left, n.position.x);
        top = std::min(top, n.position.y);
        right = std::max(right, n.position.x + n.size.width);
        bottom = std::max(bottom, n.position.y + n.size.height);
    }
    for (auto& n : nodes) {
        switch (a) {
        case DiagramAlignment::Left: n.position.x = left; break;
        case DiagramAlignment::Right: n.position.x = right - n.size.width; break;
        case DiagramAlignment::Top: n.position.y = top; break;
        case DiagramAlignment::Bottom: n.position.y = bottom - n.size.height; break;
        case DiagramAlignment::HorizontalCentre: n.position.x = (left + right) / 2 - n.size.width / 2; break;
        case DiagramAlignment::VerticalCentre: n.position.y = (top + bottom) / 2 - n.size.height / 2; break;
        }
    }
    return nodes;
}

std::vector<DiagramNode> DiagramArrange::distribute(std::vector<DiagramNode> nodes, DiagramDistribution d)
{
    if (nodes.size() < 3)
        return nodes;
    const bool h = d == DiagramDistribution::Horizontal;
    auto start = [h](const DiagramNode& n) { return h ? n.position.x : n.position.y; };
    auto extent = [h](const DiagramNode& n) { return h ? n.size.width : n.size.height; };
    std::vector<std::size_t> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return start(nodes[a]) + extent(nodes[a]) / 2 < start(nodes[b]) + extent(nodes[b]) / 2;
    });
    const DiagramNode& first = nodes[order.front()];
    const DiagramNode& last = nodes[order.back()];
    double total = 0;
    for (const auto& n : nodes)
        total += extent(n);
    double span = start(last) + extent(last) - start(first);
    double gap = (span - total) / static_cast<double>(nodes.size() - 1);
    // Equal gaps, unless the nodes are too big for their span: then equal centre steps.
    double at = start(first);
    double firstCentre = start(first) + extent(first) / 2;
    double step = (start(last) + extent(last) / 2 - firstCentre) / static_cast<double>(nodes.size() - 1);
    for (std::size_t k = 0; k < order.size(); ++k) {
        DiagramNode& n = nodes[order[k]];
        double pos = gap >= 0 ? at : firstCentre + step * static_cast<double>(k) - extent(n) / 2;
        (h ? n.position.x : n.position.y) = pos;
        at += extent(n) + gap;
    }
    return nodes;
}

} // namespace runlens
