// The diagram editor with 1000 nodes: building the canvas from a document, drawing a
// frame of the view (the whole drawing, and 100 % while panning), automatic layout,
// and one step of a drag. Baselines measured in the same run: a QGraphicsScene of as
// many plain rectangles and lines (QGraphicsScene's defaults: BSP index), built and drawn
// the same way, and core's layout computed alone. Medians; offscreen.
#include "BenchTimer.h"

#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"

#include <runlens/diagram/DiagramDocument.h>
#include <runlens/diagram/layout/LayeredLayout.h>

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <string>

using namespace runlens;

namespace {

constexpr int kLayers = 40;
constexpr int kPerLayer = 25; // 1000 nodes
constexpr int kRepeats = 7;
const QSize kViewport(1600, 1000);

// A pipeline-like DAG: every node feeds one or two nodes of the next layer.
Diagram bigDiagram()
{
    Diagram d = Diagram::make("bench");
    std::mt19937 rng(7);
    const DiagramNodeKind kinds[] = {DiagramNodeKind::DataSource, DiagramNodeKind::Validation,
                                     DiagramNodeKind::FeatureEngineering, DiagramNodeKind::Training,
                                     DiagramNodeKind::Evaluation, DiagramNodeKind::Deployment};
    for (int l = 0; l < kLayers; ++l) {
        for (int i = 0; i < kPerLayer; ++i) {
            DiagramNode n = DiagramNode::make("n" + std::to_string(l * kPerLayer + i), kinds[(l + i) % 6],
                                              "step " + std::to_string(l) + "." + std::to_string(i));
            n.position = {l * 240.0, i * 90.0};
            d.nodes.push_back(std::move(n));
        }
    }
    int e = 0;
    for (int l = 0; l + 1 < kLayers; ++l) {
        for (int i = 0; i < kPerLayer; ++i) {
            const int fanout = 1 + int(rng() % 2);
            for (int k = 0; k < fanout; ++k) {
                const int j = int(rng() % kPerLayer);
                d.edges.push_back({"e" + std::to_string(e++), {"n" + std::to_string(l * kPerLayer + i), "out"},
                                   {"n" + std::to_string((l + 1) * kPerLayer + j), "in"}, "",
                                   DiagramEdge::Routing::Orthogonal});
            }
        }
    }
    return d;
}

// The same number of rectangles and straight lines in a plain scene.
void fillBaseline(QGraphicsScene& scene, const Diagram& d)
{
    for (const auto& n : d.nodes)
        scene.addRect(n.position.x, n.position.y, n.size.width, n.size.height, QPen(Qt::darkGray), Qt::white);
    for (const auto& e : d.edges) {
        const DiagramNode* a = d.node(e.from.node);
        const DiagramNode* b = d.node(e.to.node);
        scene.addLine(a->position.x + a->size.width, a->position.y + a->size.height / 2, b->position.x,
                      b->position.y + b->size.height / 2, QPen(Qt::darkGray));
    }
}

void drawFrame(QGraphicsView& view, QImage& image)
{
    QPainter p(&image);
    view.viewport()->render(&p);
}

struct Frames {
    double fitAll;
    double actualSize;
    double panning;
};

// Frame times of a view: everything in view, then 100 % while panning across.
Frames measureFrames(QGraphicsView& view, QGraphicsScene& scene)
{
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    view.resize(kViewport);
    view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    Frames f{};
    f.fitAll = medianSeconds(kRepeats, [&] { drawFrame(view, image); });
    view.resetTransform();
    view.centerOn(scene.itemsBoundingRect().center());
    f.actualSize = medianSeconds(kRepeats, [&] { drawFrame(view, image); });
    int step = 0;
    f.panning = medianSeconds(kRepeats * 3, [&] {
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (++step % 2 ? 37 : -29));
        drawFrame(view, image);
    });
    return f;
}

void report(const char* what, double ours, double base)
{
    std::printf("  %-34s %9.2f ms   baseline %8.2f ms   ratio %5.1fx\n", what, ours * 1e3, base * 1e3, ours / base);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const Diagram diagram = bigDiagram();
    std::printf("Diagram canvas, %zu nodes, %zu edges, viewport %dx%d, medians of %d\n", diagram.nodes.size(),
                diagram.edges.size(), kViewport.width(), kViewport.height(), kRepeats);

    // Scene build: items from the document's Reset, against adding plain items.
    DiagramDocument document(diagram);
    const double build = medianSeconds(kRepeats, [&] { DiagramScene scene(&document); });
    const double baseBuild = medianSeconds(kRepeats, [&] {
        QGraphicsScene scene;
        fillBaseline(scene, diagram);
    });
    report("scene build", build, baseBuild);

    DiagramScene scene(&document);
    DiagramView view(&scene);
    QGraphicsScene plain;
    fillBaseline(plain, diagram);
    QGraphicsView plainView(&plain);
    plainView.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const Frames ours = measureFrames(view, scene);
    const Frames base = measureFrames(plainView, plain);
    report("frame, whole drawing in view", ours.fitAll, base.fitAll);
    report("frame, 100 %", ours.actualSize, base.actualSize);
    report("frame, 100 % while panning", ours.panning, base.panning);

    // Automatic layout as the editor does it (an undoable document edit, 1000 items and
    // their edges following), against computing the same layout alone in core.
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        const double t = medianSeconds(1, [&] { document.autoLayout(); });
        document.undoStack().undo();
        times.push_back(t);
    }
    std::sort(times.begin(), times.end());
    const double compute = medianSeconds(5, [&] { LayeredLayout::compute(document.diagram()); });
    report("auto layout, canvas following", times[times.size() / 2], compute);

    // One mouse-move step of dragging 50 selected nodes: a merged document edit, the
    // items and their edges updated, and a frame drawn; against the frame alone.
    std::vector<std::string> ids;
    for (int i = 0; i < 50; ++i)
        ids.push_back(diagram.nodes[std::size_t(i) * 20].id);
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    bool first = true;
    const double dragStep = medianSeconds(kRepeats * 3, [&] {
        document.translateNodes(ids, 20, 0, !first);
        first = false;
        drawFrame(view, image);
    });
    report("drag step of 50 nodes + frame", dragStep, ours.actualSize);
    return 0;
}
