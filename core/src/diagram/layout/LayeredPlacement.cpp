#include "diagram/layout/LayeredPlacement.h"

#include <algorithm>

namespace runlens {

namespace {

double separation(const LayeredGraph& g, int a, int b, double gap)
{
    const auto& va = g.vertices[a];
    const auto& vb = g.vertices[b];
    bool dummy = va.node < 0 || vb.node < 0;
    return (va.breadth + vb.breadth) / 2 + (dummy ? gap / 2 : gap);
}

// Positions as close as possible (least squares) to `wanted` with pos[i] - pos[i-1]
// at least sep[i]: subtracting the cumulative separations turns this into isotonic
// regression, solved by pooling adjacent violators in O(n).
std::vector<double> closestOrdered(const std::vector<double>& wanted, const std::vector<double>& sep)
{
    const std::size_t n = wanted.size();
    std::vector<double> offset(n, 0);
    for (std::size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + sep[i];
    struct Block { double sum; double count; std::size_t end; };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < n; ++i) {
        blocks.push_back({wanted[i] - offset[i], 1, i + 1});
        while (blocks.size() > 1) {
            Block& last = blocks.back();
            Block& prev = blocks[blocks.size() - 2];
            if (prev.sum / prev.count <= last.sum / last.count)
                break;
            prev.sum += last.sum;
            prev.count += last.count;
            prev.end = last.end;
            blocks.pop_back();
        }
    }
    std::vector<double> out(n);
    std::size_t i = 0;
    for (const auto& b : blocks) {
        for (; i < b.end; ++i)
            out[i] = b.sum / b.count + offset[i];
    }
    return out;
}

void packLayer(LayeredGraph& g, int layer, double gap)
{
    const auto& vs = g.layers[layer];
    double at = 0;
    for (std::size_t i = 0; i < vs.size(); ++i) {
        if (i > 0)
            at += separation(g, vs[i - 1], vs[i], gap);
        g.vertices[vs[i]].pos = at;
    }
    // Centre each layer on 0 so that the first relaxation starts from a balanced shape.
    double shift = vs.empty() ? 0 : at / 2;
    for (int v : vs)
        g.vertices[v].pos -= shift;
}

void relaxLayer(LayeredGraph& g, int layer, double gap, bool usePreds, bool useSuccs)
{
    const auto& vs = g.layers[layer];
    if (vs.empty())
        return;
    std::vector<double> wanted(vs.size()), sep(vs.size(), 0);
    for (std::size_t i = 0; i < vs.size(); ++i) {
        int v = vs[i];
        double sum = 0;
        int count = 0;
        if (usePreds) {
            for (int w : g.in[v])
                sum += g.vertices[w].pos, ++count;
        }
        if (useSuccs) {
            for (int w : g.out[v])
                sum += g.vertices[w].pos, ++count;
        }
        wanted[i] = count ? sum / count : g.vertices[v].pos;
        if (i > 0)
            sep[i] = separation(g, vs[i - 1], v, gap);
    }
    std::vector<double> placed = closestOrdered(wanted, sep);
    for (std::size_t i = 0; i < vs.size(); ++i)
        g.vertices[vs[i]].pos = placed[i];
}

} // namespace

void LayeredPlacement::placeAcross(LayeredGraph& g, double gap, int rounds)
{
    const int layers = static_cast<int>(g.layers.size());
    for (int l = 0; l < layers; ++l)
        packLayer(g, l, gap);
    for (int r = 0; r < rounds; ++r) {
        for (int l = 1; l < layers; ++l)
            relaxLayer(g, l, gap, true, false);
        for (int l = layers - 2; l >= 0; --l)
            relaxLayer(g, l, gap, false, true);
    }
    // A last pass towards both sides evens out what the one-sided sweeps left.
    for (int l = 0; l < layers; ++l)
        relaxLayer(g, l, gap, true, true);
}

std::vector<double> LayeredPlacement::bandStarts(const LayeredGraph& g, double layerGap, std::vector<double>& depths)
{
    depths.assign(g.layers.size(), 0);
    for (const auto& v : g.vertices)
        depths[v.layer] = std::max(depths[v.layer], v.depth);
    std::vector<double> starts(g.layers.size(), 0);
    for (std::size_t l = 1; l < starts.size(); ++l)
        starts[l] = starts[l - 1] + depths[l - 1] + layerGap;
    return starts;
}

} // namespace runlens
