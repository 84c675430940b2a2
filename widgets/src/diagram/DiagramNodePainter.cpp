#include "diagram/DiagramNodePainter.h"

#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramLiveState.h"
#include "diagram/DiagramText.h"
#include "common/StatusStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

const QColor kSelection(0x1e, 0x88, 0xe5);
const QColor kText(0x21, 0x21, 0x21);
const QColor kMuted(0x75, 0x75, 0x75);
constexpr double kRadius = 6;
constexpr double kLiveHeight = 18;

const QFont& titleFont()
{
    return DiagramText::titleFont();
}

const QFont& smallFont()
{
    return DiagramText::smallFont();
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

bool showsLive(const DiagramNode& node, const DiagramLiveState* live)
{
    return live && live->bound && node.size.height >= DiagramNodePainter::kLiveMinHeight;
}

// As many of lines as rect holds, the last one shown cut with an ellipsis when some
// are left out or a line is too wide: only for nodes smaller than their fit.
DiagramNodePainter::TitleLines keepWhatFits(QStringList lines, const QFont& font, const QRectF& rect)
{
    const QFontMetricsF fm(font);
    const int room = std::max(1, int((rect.height() + fm.leading() + 0.5) / fm.lineSpacing()));
    DiagramNodePainter::TitleLines out;
    if (lines.size() > room) {
        out.elided = true;
        const QString rest = lines.mid(room - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, room - 1);
        lines << rest;
    }
    for (QString& line : lines) {
        if (fm.horizontalAdvance(line) > rect.width() + 0.5) {
            line = fm.elidedText(line, Qt::ElideRight, rect.width());
            out.elided = true;
        }
    }
    out.lines = lines;
    return out;
}

QString formatValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const double a = std::abs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e6))
        return QString::number(v, 'e', 2);
    return QString::number(v, 'g', 4);
}

} // namespace

QPointF DiagramNodePainter::inputPos(const DiagramNode& node, int index)
{
    const double n = double(node.inputs.size());
    return {0, node.size.height * (index + 1) / (n + 1)};
}

QPointF DiagramNodePainter::outputPos(const DiagramNode& node, int index)
{
    const double n = double(node.outputs.size());
    return {node.size.width, node.size.height * (index + 1) / (n + 1)};
}

QPointF DiagramNodePainter::portPos(const DiagramNode& node, bool output, const std::string& portId)
{
    const auto& ports = output ? node.outputs : node.inputs;
    for (int i = 0; i < int(ports.size()); ++i) {
        if (ports[std::size_t(i)].id == portId)
            return output ? outputPos(node, i) : inputPos(node, i);
    }
    // A port that does not exist (never in a validated diagram): the middle of the side.
    return {output ? node.size.width : 0, node.size.height / 2};
}

QRectF DiagramNodePainter::resizeHandle(const DiagramNode& node)
{
    return {node.size.width - kHandleSize / 2, node.size.height - kHandleSize / 2, kHandleSize, kHandleSize};
}

QMarginsF DiagramNodePainter::titleMargins(const DiagramNode& node, bool hasLive)
{
    if (node.kind == DiagramNodeKind::Note)
        return {8, 6, 8, 6};
    // Boxes: the kind's icon on the left, the run's status icon on the right, the live
    // row at the bottom when the box is tall enough to show it.
    const bool liveRow = hasLive && node.size.height >= kLiveMinHeight;
    return {36, 4, hasLive ? 24.0 : 8.0, liveRow ? kLiveHeight + 8 : 4.0};
}

QRectF DiagramNodePainter::titleRect(const DiagramNode& node, bool hasLive)
{
    const double w = node.size.width, h = node.size.height;
    if (node.kind == DiagramNodeKind::Group)
        return {30, 2, std::max(10.0, w - 38), 26};
    const QMarginsF m = titleMargins(node, hasLive);
    return {m.left(), m.top(), std::max(10.0, w - m.left() - m.right()), std::max(10.0, h - m.top() - m.bottom())};
}

DiagramNodePainter::TitleLines DiagramNodePainter::titleLines(const DiagramNode& node, bool hasLive)
{
    const QRectF rect = titleRect(node, hasLive);
    const QString t = text(node.title);
    switch (node.kind) {
    case DiagramNodeKind::Group: {
        // A lane's header holds one line.
        QString header = t;
        header.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return keepWhatFits({header}, titleFont(), rect);
    }
    case DiagramNodeKind::Note: return keepWhatFits(DiagramText::wrap(t, smallFont(), rect.width()), smallFont(), rect);
    default: return keepWhatFits(DiagramText::wrap(t, titleFont(), rect.width()), titleFont(), rect);
    }
}

QRectF DiagramNodePainter::bounds(const DiagramNode& node)
{
    const double m = std::max(kPortRadius, kHandleSize / 2) + 4;
    return QRectF(0, 0, node.size.width, node.size.height).adjusted(-m, -m, m, m);
}

void DiagramNodePainter::paint(QPainter& p, const DiagramNode& node, const DiagramLiveState* live, Flags flags,
                               double levelOfDetail)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (levelOfDetail < kDetailThreshold) {
        paintSimplified(p, node, live, flags);
        p.restore();
        return;
    }
    switch (node.kind) {
    case DiagramNodeKind::Note: paintNote(p, node, flags); break;
    case DiagramNodeKind::Group: paintGroup(p, node, flags); break;
    default: paintBox(p, node, live, flags); break;
    }
    paintPorts(p, node);
    paintSelection(p, node, flags);
    p.restore();
}

void DiagramNodePainter::paintSimplified(QPainter& p, const DiagramNode& node, const DiagramLiveState* live,
                                         Flags flags)
{
    // So small that text would be a grey smudge: the box in its colours, nothing more.
    const QRectF r(0, 0, node.size.width, node.size.height);
    const QColor accent = DiagramKindStyle::color(node.kind);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(flags.selected ? kSelection : accent, 0));
    if (node.kind == DiagramNodeKind::Group) {
        QColor fill = accent;
        fill.setAlpha(25);
        p.setBrush(fill);
    } else if (node.kind == DiagramNodeKind::Note) {
        p.setBrush(QColor(0xff, 0xf6, 0xbf));
    } else if (live && live->hasRun) {
        p.setBrush(StatusStyle::color(live->status).lighter(170));
    } else {
        p.setBrush(Qt::white);
    }
    p.drawRect(r);
    if (node.kind != DiagramNodeKind::Group && node.kind != DiagramNodeKind::Note)
        p.fillRect(QRectF(0, 0, r.width(), std::min(r.height(), 12.0)), accent);
}

void DiagramNodePainter::paintBox(QPainter& p, const DiagramNode& node, const DiagramLiveState* live, Flags flags)
{
    const QRectF r(0, 0, node.size.width, node.size.height);
    const QColor accent = DiagramKindStyle::color(node.kind);
    QPainterPath shape;
    shape.addRoundedRect(r.adjusted(0.75, 0.75, -0.75, -0.75), kRadius, kRadius);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawPath(shape);

    const bool bound = live && live->bound;
    if (bound) {
        // The status stripe on the left edge: the run's status colour, grey without a run.
        p.save();
        p.setClipPath(shape);
        p.setBrush(live->hasRun ? StatusStyle::color(live->status) : QColor(0xbd, 0xbd, 0xbd));
        p.drawRect(QRectF(0, 0, 5, r.height()));
        p.restore();
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(accent, flags.hovered ? 2.2 : 1.5));
    p.drawPath(shape);

    const double iconTop = node.size.height >= 40 ? 8 : (node.size.height - 20) / 2;
    DiagramKindStyle::paintIcon(p, QRectF(11, iconTop, 20, 20), node.kind, accent);
    if (bound && live->hasRun) {
        const QRectF statusRect(r.width() - 20, 7, 13, 13);
        StatusStyle::icon(live->status).paint(&p, statusRect.toRect());
    }

    const bool liveLine = showsLive(node, live);
    const QRectF title = titleRect(node, bound);
    p.setPen(kText);
    p.setFont(titleFont());
    DiagramText::draw(p, title, titleLines(node, bound).lines);
    if (durationInTitleRow(node, live)) {
        // The duration sits at the end of the one title line, beside the status icon.
        const double line = DiagramText::lineHeight(titleFont());
        const QRectF row(title.left(), title.center().y() - line / 2, title.width(), line);
        p.setFont(smallFont());
        p.setPen(kMuted);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, StatusStyle::duration(live->duration));
    }
    if (liveLine)
        paintLive(p, node, *live);
}

bool DiagramNodePainter::durationInTitleRow(const DiagramNode& node, const DiagramLiveState* live)
{
    // Beside the title when the title is one line with room to spare, else at the end
    // of the live row: a step's name matters more than the room for its sparkline.
    if (!showsLive(node, live) || !live->hasRun)
        return false;
    const QStringList lines = titleLines(node, true).lines;
    if (lines.size() != 1)
        return false;
    const double room = titleRect(node, true).width();
    const double title = QFontMetricsF(titleFont()).horizontalAdvance(lines.front());
    const double duration = QFontMetricsF(smallFont()).horizontalAdvance(StatusStyle::duration(live->duration));
    return title + duration + 6 <= room;
}

void DiagramNodePainter::paintLive(QPainter& p, const DiagramNode& node, const DiagramLiveState& live)
{
    const QRectF row(12, node.size.height - kLiveHeight - 6, node.size.width - 20, kLiveHeight);
    p.setFont(smallFont());
    const QFontMetricsF fm(p.font());
    if (!live.hasRun) {
        QFont italic = p.font();
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(kMuted);
        p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(italic).elidedText(live.caption, Qt::ElideRight, row.width()));
        return;
    }
    // "metric value", then the metric's sparkline in the rest of the row (and the
    // duration at its end when the title row had no room for it).
    double left = row.left();
    p.setPen(kMuted);
    QRectF line = row;
    if (!durationInTitleRow(node, &live)) {
        const QString duration = StatusStyle::duration(live.duration);
        p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, duration);
        line.setRight(line.right() - fm.horizontalAdvance(duration) - 6);
    }
    if (live.metricKey.isEmpty()) {
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(live.caption.isEmpty() ? tr("no metrics") : live.caption, Qt::ElideRight,
                                 line.width()));
        return;
    }
    const QString value = formatValue(live.metricValue);
    const double valueWidth = fm.horizontalAdvance(value);
    // The key whole if a sparkline still fits after it, else as much key as fits and no sparkline.
    const double wholeKey = fm.horizontalAdvance(live.metricKey);
    const bool roomForSpark = wholeKey + valueWidth + 10 + 24 <= line.width();
    const double maxKey = std::max(20.0, roomForSpark ? wholeKey + 1 : line.width() - valueWidth - 10);
    const QString key = fm.elidedText(live.metricKey, Qt::ElideMiddle, maxKey);
    p.drawText(QRectF(left, line.top(), maxKey, line.height()), Qt::AlignLeft | Qt::AlignVCenter, key);
    left += fm.horizontalAdvance(key) + 4;
    p.setPen(kText);
    p.drawText(QRectF(left, line.top(), line.right() - left, line.height()), Qt::AlignLeft | Qt::AlignVCenter, value);
    left += valueWidth + 6;
    const QRectF spark(left, line.top() + 3, line.right() - left, line.height() - 6);
    if (spark.width() >= 16)
        paintSparkline(p, spark, live);
}

void DiagramNodePainter::paintSparkline(QPainter& p, const QRectF& rect, const DiagramLiveState& live)
{
    const auto& v = live.sparkline;
    if (v.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    const double span = *hi - *lo;
    QPolygonF line;
    line.reserve(v.size());
    for (int i = 0; i < v.size(); ++i) {
        const double x = rect.left() + rect.width() * i / double(v.size() - 1);
        const double f = span > 0 ? (v[i] - *lo) / span : 0.5;
        line << QPointF(x, rect.bottom() - f * rect.height());
    }
    p.setPen(QPen(StatusStyle::color(live.status), 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
}

void DiagramNodePainter::paintNote(QPainter& p, const DiagramNode& node, Flags flags)
{
    const double w = node.size.width, h = node.size.height, fold = std::min({12.0, w / 3, h / 3});
    QPainterPath page;
    page.moveTo(0.75, 0.75);
    page.lineTo(w - fold, 0.75);
    page.lineTo(w - 0.75, fold);
    page.lineTo(w - 0.75, h - 0.75);
    page.lineTo(0.75, h - 0.75);
    page.closeSubpath();
    const QColor border(0xd4, 0xb1, 0x06);
    p.setPen(QPen(border, flags.hovered ? 2.0 : 1.2));
    p.setBrush(QColor(0xff, 0xf6, 0xbf));
    p.drawPath(page);
    const QPointF corner[3] = {{w - fold, 0.75}, {w - fold, fold}, {w - 0.75, fold}};
    p.drawPolyline(corner, 3);

    const QRectF r = titleRect(node, false);
    p.setFont(smallFont());
    p.setPen(kText);
    DiagramText::draw(p, r, titleLines(node, false).lines, false, true);
}

void DiagramNodePainter::paintGroup(QPainter& p, const DiagramNode& node, Flags flags)
{
    const QRectF r(0, 0, node.size.width, node.size.height);
    const QColor accent = DiagramKindStyle::color(node.kind);
    QColor fill = accent;
    fill.setAlpha(18);
    QColor header = accent;
    header.setAlpha(45);
    QPainterPath shape;
    shape.addRoundedRect(r.adjusted(0.75, 0.75, -0.75, -0.75), 8, 8);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(shape);
    p.save();
    p.setClipPath(shape);
    p.setBrush(header);
    p.drawRect(QRectF(0, 0, r.width(), 28));
    p.restore();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(accent, flags.hovered ? 2.0 : 1.2));
    p.drawPath(shape);

    DiagramKindStyle::paintIcon(p, QRectF(8, 5, 18, 18), node.kind, accent.darker(130));
    p.setFont(titleFont());
    p.setPen(kText);
    DiagramText::draw(p, titleRect(node, false), titleLines(node, false).lines);
}

void DiagramNodePainter::paintPorts(QPainter& p, const DiagramNode& node)
{
    const QColor accent = DiagramKindStyle::color(node.kind);
    p.setPen(QPen(accent, 1.3));
    p.setBrush(Qt::white);
    for (int i = 0; i < int(node.inputs.size()); ++i)
        p.drawEllipse(inputPos(node, i), kPortRadius, kPortRadius);
    p.setBrush(accent);
    for (int i = 0; i < int(node.outputs.size()); ++i)
        p.drawEllipse(outputPos(node, i), kPortRadius, kPortRadius);
}

void DiagramNodePainter::paintSelection(QPainter& p, const DiagramNode& node, Flags flags)
{
    const QRectF r(0, 0, node.size.width, node.size.height);
    if (flags.dropTarget) {
        QColor glow = kSelection;
        glow.setAlpha(90);
        p.setPen(QPen(glow, 6));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), kRadius + 2, kRadius + 2);
    }
    if (!flags.selected)
        return;
    QPen pen(kSelection, 1.5, Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), kRadius + 2, kRadius + 2);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(kSelection);
    p.drawRect(resizeHandle(node));
}

} // namespace runlens
