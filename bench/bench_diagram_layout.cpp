// Automatic diagram layout: LayeredLayout on pipeline-like DAGs of 100 and 1000 nodes,
// against a naive baseline measured in the same run (the same cycle breaking and
// longest-path layering, nodes stacked in diagram order: no crossing reduction, no
// coordinate refinement). Also the editor's undoable auto-layout and its undo.
#include "BenchTimer.h"

#include <runlens/diagram/DiagramDocument.h>
#include <runlens/diagram/layout/LayeredLayout.h>

#include <cstdio>
#include <random>
#include <string>

using namespace runlens;

namespace {

// Nodes in pipeline order; 1.5 edges per node, most spanning a few steps, some long.
Diagram pipelineLike(int nodes, unsigned seed)
{
    std::mt19937 rng(seed);
    Diagram d = Diagram::make("bench");
    for (int i = 0; i < nodes; ++i) {
        DiagramNode n = DiagramNode::make("n" + std::to_string(i), DiagramNodeKind::Step, "step " + std::to_string(i));
        n.size = {double(120 + rng() % 120), double(50 + rng() % 40)};
        d.nodes.push_back(n);
    }
    const int edges = nodes * 3 / 2;
    for (int k = 0; k < edges; ++k) {
        int a = static_cast<int>(rng() % (nodes - 1));
        int maxSpan = std::min(rng() % 10 == 0 ? 40 : 6, nodes - 1 - a);
        int b = a + 1 + static_cast<int>(rng() % maxSpan);
        d.edges.push_back({"e" + std::to_string(k), {"n" + std::to_string(a), "out"},
                           {"n" + std::to_string(b), "in"}, "", {}});
    }
    return d;
}

void run(int nodes, int repeats)
{
    Diagram d = pipelineLike(nodes, 42);
    LayoutResult full;
    double tFull = medianSeconds(repeats, [&] { full = LayeredLayout::compute(d); });
    double tNaive = medianSeconds(repeats, [&] { LayeredLayout::naive(d); });
    LayoutOptions noSweeps;
    noSweeps.sweeps = 0;
    long before = LayeredLayout::compute(d, noSweeps).crossings;

    DiagramDocument doc(d);
    double tDoc = medianSeconds(repeats, [&] {
        doc.autoLayout();
        doc.undoStack().undo();
    });

    std::printf("%5d nodes, %5zu edges: %d layers, %d dummy vertices\n", nodes, d.edges.size(), full.layers,
                full.dummyVertices);
    std::printf("  layered layout          %8.2f ms (median of %d)\n", tFull * 1e3, repeats);
    std::printf("  naive baseline          %8.2f ms   ratio full/naive = %.1f\n", tNaive * 1e3, tFull / tNaive);
    std::printf("  crossings               %8ld before reduction, %ld after\n", before, full.crossings);
    std::printf("  document autoLayout+undo%8.2f ms (patch, checks, change events)\n", tDoc * 1e3);
}

// Every node on a ring plus one chord (i -> 7i+3): cycles everywhere, so broken cycles
// leave edges that span thousands of layers. Before the dummy budget, 5 000 nodes took
// 30 s and 1 GB; 20 000 took over 300 s and 8 GB.
Diagram cyclic(int nodes)
{
    Diagram d = Diagram::make("cyclic");
    for (int i = 0; i < nodes; ++i)
        d.nodes.push_back(DiagramNode::make("n" + std::to_string(i), DiagramNodeKind::Step, "s" + std::to_string(i)));
    int k = 0;
    for (int i = 0; i < nodes; ++i) {
        for (int to : {(i + 1) % nodes, (i * 7 + 3) % nodes})
            d.edges.push_back({"e" + std::to_string(k++), {"n" + std::to_string(i), "out"},
                               {"n" + std::to_string(to), "in"}, "", {}});
    }
    return d;
}

void runCyclic(int nodes, int repeats)
{
    Diagram d = cyclic(nodes);
    LayoutResult full;
    double tFull = medianSeconds(repeats, [&] { full = LayeredLayout::compute(d); });
    double tNaive = medianSeconds(repeats, [&] { LayeredLayout::naive(d); });
    std::printf("%5d nodes, %5zu edges in cycles: %d layers, %d dummy vertices\n", nodes, d.edges.size(), full.layers,
                full.dummyVertices);
    std::printf("  layered layout          %8.2f ms (median of %d)\n", tFull * 1e3, repeats);
    std::printf("  naive baseline          %8.2f ms   ratio full/naive = %.1f\n", tNaive * 1e3, tFull / tNaive);
}

} // namespace

int main()
{
    run(100, 21);
    run(1000, 7);
    runCyclic(5000, 3);
    runCyclic(20000, 3);
    return 0;
}
