#include "diagram/DiagramNodeFit.h"

#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramText.h"

#include "runlens/diagram/DiagramDocument.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// Room between neighbouring ports on one side, so that their circles never touch.
constexpr double kPortSpacing = 16;

// Whole grid steps keep grown nodes on the editor's grid, and keep the middles of
// boxes of different heights on one line: ports sit halfway down, and a row of boxes
// 60, 70 and 80 high had its edges jog by 5 units.
double onGrid(double v)
{
    return std::ceil(v / DiagramScene::kGrid - 1e-9) * DiagramScene::kGrid;
}

// current when it is enough, else needed rounded up.
double grow(double current, double needed)
{
    return needed > current + 1e-6 ? onGrid(needed) : current;
}

QString title(const DiagramNode& node)
{
    return QString::fromStdString(node.title);
}

// The height of n lines of font (without the leading under the last one).
double linesHeight(int n, const QFont& font)
{
    return n * DiagramText::lineHeight(font) - QFontMetricsF(font).leading();
}

DiagramSize fitBox(const DiagramNode& node)
{
    // Fitted as if bound: the live row's room is kept, so binding a run later never
    // squeezes the title, and the margins are the wider ones beside a status icon.
    DiagramNode withLiveRow = node;
    withLiveRow.size.height = std::max(node.size.height, DiagramNodePainter::kLiveMinHeight);
    const QMarginsF m = DiagramNodePainter::titleMargins(withLiveRow, true);
    const double sides = m.left() + m.right();
    const QFont& font = DiagramText::titleFont();
    auto linesAt = [&](double width) { return DiagramText::wrap(title(node), font, width - sides); };
    auto fits = [&](double width, const QStringList& lines) {
        return lines.size() <= DiagramNodeFit::kMaxTitleLines &&
               DiagramText::widest(lines, font) <= width - sides + 0.5;
    };
    double width = node.size.width;
    QStringList lines = linesAt(width);
    if (!fits(width, lines)) {
        // Wider a grid step at a time until the title takes few enough lines; past the widest
        // box it may take more lines, and then the box grows taller instead.
        bool found = false;
        for (double w = onGrid(width + 1); w <= DiagramNodeFit::kMaxWidth && !found; w += DiagramScene::kGrid) {
            lines = linesAt(w);
            found = fits(w, lines);
            if (found)
                width = w;
        }
        if (!found) {
            width = std::max({width, DiagramNodeFit::kMaxWidth,
                              onGrid(DiagramText::widestWord(title(node), font) + sides)});
            lines = linesAt(width);
        }
    }
    const double height = std::max(DiagramNodePainter::kLiveMinHeight,
                                   linesHeight(int(lines.size()), font) + m.top() + m.bottom());
    return {width, grow(node.size.height, height)};
}

DiagramSize fitNote(const DiagramNode& node)
{
    const QMarginsF m = DiagramNodePainter::titleMargins(node, false);
    const QFont& font = DiagramText::smallFont();
    // A note is prose: it keeps its width (unless one word is wider) and grows taller.
    const double width = grow(node.size.width, DiagramText::widestWord(title(node), font) + m.left() + m.right());
    const QStringList lines = DiagramText::wrap(title(node), font, width - m.left() - m.right());
    return {width, grow(node.size.height, linesHeight(int(lines.size()), font) + m.top() + m.bottom())};
}

DiagramSize fitGroup(const DiagramNode& node)
{
    // The header's one line: the icon on its left, a margin on its right.
    const QRectF header = DiagramNodePainter::titleRect(node, false);
    QString t = title(node);
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const double text = QFontMetricsF(DiagramText::titleFont()).horizontalAdvance(t);
    return {grow(node.size.width, text + node.size.width - header.width()), node.size.height};
}

} // namespace

DiagramSize DiagramNodeFit::fitted(const DiagramNode& node)
{
    DiagramSize size;
    switch (node.kind) {
    case DiagramNodeKind::Note: size = fitNote(node); break;
    case DiagramNodeKind::Group: size = fitGroup(node); break;
    default: size = fitBox(node); break;
    }
    const auto ports = std::max(node.inputs.size(), node.outputs.size());
    size.height = grow(size.height, double(ports + 1) * kPortSpacing);
    return size;
}

void DiagramNodeFit::fitAll(Diagram& d)
{
    for (auto& n : d.nodes)
        n.size = fitted(n);
}

void DiagramNodeFit::install(DiagramDocument& document)
{
    document.setNodeFit([](const DiagramNode& node) { return fitted(node); });
}

} // namespace runlens
