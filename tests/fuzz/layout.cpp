// Fuzz target: automatic layout of a small graph decoded from the bytes: byte 0 picks
// the node count and direction, then each byte pair is an edge (from, to) or, with the
// high bit of the first byte set, puts a node into a group. Both the layered layout and
// its naive baseline run, and the result is applied.
#include "FuzzInput.h"

#include <runlens/diagram/layout/LayeredLayout.h>

#include <cmath>
#include <cstdlib>
#include <string>

namespace {

// Up to 1 024 nodes: large enough for the cyclic graphs that once blew the layout up
// (issue #17), while every edge of a 4 kB input still lands inside the graph.
constexpr std::size_t kMaxNodes = 1024;

runlens::Diagram decode(const std::uint8_t* data, std::size_t size, runlens::LayoutOptions& options)
{
    runlens::Diagram d;
    const std::size_t header = size > 1 ? std::size_t(data[0]) << 8 | data[1] : data[0];
    std::size_t nodes = 1 + (header >> 2) % kMaxNodes;
    options.direction = static_cast<runlens::LayoutOptions::Direction>(header % 4);
    for (std::size_t i = 0; i < nodes; ++i) {
        auto kind = i % 5 == 4 ? runlens::DiagramNodeKind::Group : runlens::DiagramNodeKind::Step;
        d.nodes.push_back(runlens::DiagramNode::make("n" + std::to_string(i), kind, "node"));
    }
    for (std::size_t i = 2; i + 2 < size; i += 3) {
        auto& a = d.nodes[(std::size_t(data[i] & 0x7f) << 8 | data[i + 1]) % nodes];
        auto& b = d.nodes[(std::size_t(data[i] & 0x03) << 8 | data[i + 2]) % nodes];
        if (data[i] & 0x80) {
            if (b.kind == runlens::DiagramNodeKind::Group && a.id != b.id && a.kind != runlens::DiagramNodeKind::Group)
                a.group = b.id;
            continue;
        }
        d.edges.push_back({.id = "e" + std::to_string(i), .from = {a.id, "out"}, .to = {b.id, "in"}});
    }
    return d;
}

void check(const runlens::LayoutResult& r)
{
    for (const auto& [id, p] : r.positions)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            std::abort(); // a node placed nowhere
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    runlens::LayoutOptions options;
    runlens::Diagram d = decode(data, size, options);
    auto result = runlens::LayeredLayout::compute(d, options);
    check(result);
    (void)runlens::LayeredLayout::applied(d, result);
    check(runlens::LayeredLayout::naive(d, options));
    return 0;
}
