#include "diagram/DiagramAutoLayout.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramNodeFit.h"
#include "diagram/DiagramText.h"

#include "runlens/diagram/layout/LayeredLayout.h"

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// Room on each side of a label between two columns: the port, the arrowhead and a
// little air, so the label touches neither box.
constexpr double kLabelAir = 24;

} // namespace

LayoutOptions DiagramAutoLayout::options(const Diagram& diagram)
{
    LayoutOptions options;
    double widest = 0;
    for (const auto& e : diagram.edges) {
        const QString label = QString::fromStdString(e.label).trimmed();
        if (label.isEmpty())
            continue;
        const QStringList lines = DiagramText::wrap(label, DiagramText::labelFont(), DiagramEdgeItem::kLabelWidth);
        widest = std::max(widest, DiagramEdgeItem::labelSize(lines).width());
    }
    // Whole tens, as every other distance of the layout.
    options.layerGap = std::max(options.layerGap, std::ceil((widest + 2 * kLabelAir) / 10) * 10);
    return options;
}

Diagram DiagramAutoLayout::arranged(Diagram diagram)
{
    DiagramNodeFit::fitAll(diagram);
    Diagram d = LayeredLayout::applied(diagram, LayeredLayout::compute(diagram, options(diagram)));
    // Lanes were sized around their members: their headers may want more.
    DiagramNodeFit::fitAll(d);
    return d;
}

} // namespace runlens
