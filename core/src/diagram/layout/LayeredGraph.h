#pragma once

#include <vector>

namespace runlens {

// The working graph of LayeredLayout: the diagram's placeable nodes plus dummy
// vertices on long edges. Sizes are in layout axes: `depth` runs along the flow
// (width when left to right), `breadth` across it.
struct LayeredGraph {
    struct Vertex {
        double depth = 0;
        double breadth = 0;
        int layer = 0;
        int order = 0;          // position inside its layer
        long node = -1;         // index into Diagram::nodes; -1 for a dummy
        int cluster = -1;       // outermost group it sits in (kept together in a layer); -1 = none
        double pos = 0;         // centre across the flow, once placed
    };

    std::vector<Vertex> vertices;
    std::vector<std::vector<int>> out; // successors
    std::vector<std::vector<int>> in;  // predecessors
    std::vector<std::vector<int>> layers;

    int addVertex(const Vertex& v)
    {
        vertices.push_back(v);
        out.emplace_back();
        in.emplace_back();
        return static_cast<int>(vertices.size()) - 1;
    }
    void addEdge(int from, int to)
    {
        out[from].push_back(to);
        in[to].push_back(from);
    }
    int size() const { return static_cast<int>(vertices.size()); }
};

} // namespace runlens
