#include "compare/ParallelCoordinatesPlot.h"

#include "charts/ChartToolTip.h"
#include "compare/CompareChartMenu.h"
#include "compare/CompareColors.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {
const double kAxisGrab = 12; // pixels either side of an axis that start a brush

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    QPointF ab = b - a;
    double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

ParallelCoordinatesPlot::ParallelCoordinatesPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("parallelPlot"));
    CompareChartMenu::attach(this);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setToolTip(QString()); // tooltips come from event()
}

void ParallelCoordinatesPlot::setData(ParallelCoordinatesData data, RunColorFunction runColor)
{
    m_data = std::move(data);
    m_colors.clear();
    for (const QString& id : m_data.runIds)
        m_colors.push_back(runColor ? runColor(id) : QColor(Qt::darkBlue));
    // Brushes belong to axes that may be gone; a new set of axes starts unbrushed.
    bool hadBrushes = !m_brushes.empty();
    m_brushes.clear();
    update();
    if (hadBrushes)
        emit brushesChanged();
}

ParallelCoordinatesPlot::Frame ParallelCoordinatesPlot::frameFor(const QRectF& rect) const
{
    QFontMetricsF fm(font());
    double labelWidth = fm.horizontalAdvance(QStringLiteral("0.0000")) + 12;
    for (const auto& axis : m_data.axes)
        if (axis.categorical)
            for (const QString& c : axis.categories)
                labelWidth = std::max(labelWidth, std::min(140.0, fm.horizontalAdvance(c) + 12));
    Frame f;
    f.plot = rect.adjusted(labelWidth + 8, fm.height() * 2 + 14, -labelWidth / 2 - 16, -(fm.height() + 14));
    return f;
}

double ParallelCoordinatesPlot::axisXIn(const Frame& f, std::size_t axis) const
{
    std::size_t n = m_data.axes.size();
    if (n <= 1)
        return f.plot.center().x();
    return f.plot.left() + f.plot.width() * double(axis) / double(n - 1);
}

double ParallelCoordinatesPlot::positionYIn(const Frame& f, double position) const
{
    return f.plot.bottom() - position * f.plot.height();
}

double ParallelCoordinatesPlot::positionAt(const Frame& f, double y) const
{
    return std::clamp((f.plot.bottom() - y) / f.plot.height(), 0.0, 1.0);
}

double ParallelCoordinatesPlot::axisX(std::size_t axis) const { return axisXIn(frameFor(QRectF(rect())), axis); }

double ParallelCoordinatesPlot::positionY(double position) const
{
    return positionYIn(frameFor(QRectF(rect())), position);
}

std::optional<std::size_t> ParallelCoordinatesPlot::axisNear(const QPointF& pos) const
{
    Frame f = frameFor(QRectF(rect()));
    if (pos.y() < f.plot.top() - 8 || pos.y() > f.plot.bottom() + 8)
        return std::nullopt;
    for (std::size_t a = 0; a < m_data.axes.size(); ++a)
        if (std::fabs(pos.x() - axisXIn(f, a)) <= kAxisGrab)
            return a;
    return std::nullopt;
}

bool ParallelCoordinatesPlot::passes(std::size_t run) const
{
    for (const auto& [axis, brush] : m_brushes) {
        double p = m_data.axes[axis].positionOf(run);
        if (std::isnan(p) || p < brush.low - 1e-9 || p > brush.high + 1e-9)
            return false;
    }
    return true;
}

QStringList ParallelCoordinatesPlot::brushedRunIds() const
{
    QStringList ids;
    for (std::size_t r = 0; r < m_data.runCount(); ++r)
        if (passes(r))
            ids << m_data.runIds[int(r)];
    return ids;
}

void ParallelCoordinatesPlot::setBrush(std::size_t axis, double low, double high)
{
    if (axis >= m_data.axes.size())
        return;
    m_brushes[axis] = {std::clamp(std::min(low, high), 0.0, 1.0), std::clamp(std::max(low, high), 0.0, 1.0)};
    update();
    emit brushesChanged();
}

void ParallelCoordinatesPlot::setBrushValues(std::size_t axis, double low, double high)
{
    if (axis >= m_data.axes.size())
        return;
    const auto& a = m_data.axes[axis];
    setBrush(axis, a.position(low), a.position(high));
}

void ParallelCoordinatesPlot::clearBrush(std::size_t axis)
{
    if (m_brushes.erase(axis)) {
        update();
        emit brushesChanged();
    }
}

void ParallelCoordinatesPlot::clearBrushes()
{
    if (m_brushes.empty())
        return;
    m_brushes.clear();
    update();
    emit brushesChanged();
}

void ParallelCoordinatesPlot::paintLines(QPainter& p, const Frame& f) const
{
    QColor grey = CompareColors::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.18);
    bool anyBrush = !m_brushes.empty();
    // Grey lines first, so the brushed ones are drawn on top of them.
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t r = 0; r < m_data.runCount(); ++r) {
            bool in = passes(r);
            if ((pass == 0) == in && anyBrush)
                continue;
            if (pass == 0 && !anyBrush)
                continue;
            QColor c = in ? m_colors[r] : grey;
            if (in)
                c.setAlphaF(0.85f);
            p.setPen(QPen(c, in ? 1.8 : 1.0));
            QPainterPath path;
            bool open = false;
            for (std::size_t a = 0; a < m_data.axes.size(); ++a) {
                double pos = m_data.axes[a].positionOf(r);
                if (std::isnan(pos)) {
                    open = false; // a missing value breaks the line
                    continue;
                }
                QPointF pt(axisXIn(f, a), positionYIn(f, pos));
                if (open)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                open = true;
            }
            p.drawPath(path);
        }
    }
}

void ParallelCoordinatesPlot::paintAxis(QPainter& p, const Frame& f, std::size_t index) const
{
    const ParallelAxis& axis = m_data.axes[index];
    QFontMetricsF fm(p.font());
    QColor text = palette().color(QPalette::Text);
    double x = axisXIn(f, index);
    double spacing = m_data.axes.size() > 1 ? f.plot.width() / double(m_data.axes.size() - 1) : f.plot.width();
    if (auto it = m_brushes.find(index); it != m_brushes.end()) {
        QColor h = palette().color(QPalette::Highlight);
        QRectF band(x - 8, positionYIn(f, it->second.high), 16,
                    positionYIn(f, it->second.low) - positionYIn(f, it->second.high));
        h.setAlphaF(0.25f);
        p.fillRect(band, h);
        h.setAlphaF(1.0f);
        p.setPen(QPen(h, 1.5));
        p.drawRect(band);
    }
    p.setPen(QPen(text, 1.4));
    p.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    QString title = axis.name + (axis.logScale ? tr(" (log)") : QString());
    QRectF titleRect(x - spacing / 2 + 2, f.plot.top() - fm.height() * 2 - 10, spacing - 4, fm.height() * 2);
    p.drawText(titleRect, Qt::AlignHCenter | Qt::AlignBottom,
               QFontMetricsF(bold).elidedText(title, Qt::ElideMiddle, titleRect.width()));
    bold.setBold(false);
    p.setFont(bold);
    QColor halo = palette().color(QPalette::Base);
    halo.setAlphaF(0.8f);
    for (const auto& [pos, label] : axis.ticks()) {
        double y = positionYIn(f, pos);
        p.setPen(text);
        p.drawLine(QPointF(x - 4, y), QPointF(x, y));
        // Labels sit on a veil of the background, so lines passing behind never hide them.
        QString shown = fm.elidedText(label, Qt::ElideRight, 140);
        double w = fm.horizontalAdvance(shown) + 4;
        QRectF r(x - 6 - w, y - fm.height() / 2, w, fm.height());
        p.fillRect(r, halo);
        p.drawText(r, Qt::AlignCenter, shown);
    }
}

void ParallelCoordinatesPlot::paint(QPainter& p, const QRectF& rect) const
{
    p.save();
    p.setFont(font());
    p.fillRect(rect, palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing);
    if (m_data.axes.empty() || m_data.runCount() == 0) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect, Qt::AlignCenter, tr("Choose params and a metric to draw."));
        p.restore();
        return;
    }
    Frame f = frameFor(rect);
    paintLines(p, f);
    for (std::size_t a = 0; a < m_data.axes.size(); ++a)
        paintAxis(p, f, a);
    p.setPen(palette().color(QPalette::Text));
    QString hint = m_brushes.empty() ? tr("Drag along an axis to select a range of runs.")
                                     : tr("%1 of %2 runs selected · click an axis to clear its range, Esc clears all")
                                           .arg(brushedRunIds().size())
                                           .arg(m_data.runCount());
    p.drawText(rect.adjusted(8, 0, -8, -4), Qt::AlignLeft | Qt::AlignBottom, hint);
    p.restore();
}

void ParallelCoordinatesPlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paint(p, QRectF(rect()));
}

void ParallelCoordinatesPlot::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_dragAxis = event->button() == Qt::LeftButton ? axisNear(event->position()) : std::nullopt;
    if (m_dragAxis)
        m_dragStart = positionAt(frameFor(QRectF(rect())), event->position().y());
    QWidget::mousePressEvent(event);
}

void ParallelCoordinatesPlot::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragAxis && (event->buttons() & Qt::LeftButton)) {
        double now = positionAt(frameFor(QRectF(rect())), event->position().y());
        // While dragging only the drawing follows; the selection is sent on release.
        m_brushes[*m_dragAxis] = {std::min(m_dragStart, now), std::max(m_dragStart, now)};
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ParallelCoordinatesPlot::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragAxis && event->button() == Qt::LeftButton) {
        std::size_t axis = *m_dragAxis;
        m_dragAxis.reset();
        QPointF moved = event->position() - m_pressPos;
        if (std::hypot(moved.x(), moved.y()) < 3)
            clearBrush(axis);
        else {
            double now = positionAt(frameFor(QRectF(rect())), event->position().y());
            setBrush(axis, m_dragStart, now);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void ParallelCoordinatesPlot::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !m_brushes.empty()) {
        clearBrushes();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString ParallelCoordinatesPlot::toolTipAt(const QPointF& pos) const
{
    Frame f = frameFor(QRectF(rect()));
    double best = 6;
    std::optional<std::size_t> found;
    for (std::size_t r = 0; r < m_data.runCount(); ++r) {
        for (std::size_t a = 0; a + 1 < m_data.axes.size(); ++a) {
            double p0 = m_data.axes[a].positionOf(r), p1 = m_data.axes[a + 1].positionOf(r);
            if (std::isnan(p0) || std::isnan(p1))
                continue;
            double d = segmentDistance(pos, {axisXIn(f, a), positionYIn(f, p0)}, {axisXIn(f, a + 1), positionYIn(f, p1)});
            // Among lines equally near, prefer the selected ones (drawn on top).
            if (d < best || (found && d <= best && passes(r) && !passes(*found))) {
                best = d;
                found = r;
            }
        }
    }
    if (!found)
        return {};
    QStringList lines{QStringLiteral("<b>%1</b>").arg(m_data.runNames[int(*found)].toHtmlEscaped())};
    for (const auto& axis : m_data.axes)
        lines << QStringLiteral("%1: %2").arg(axis.name.toHtmlEscaped(), axis.format(axis.values[*found]).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

bool ParallelCoordinatesPlot::event(QEvent* event)
{
    auto textAt = [this](const QPointF& pos) { return toolTipAt(pos); };
    return ChartToolTip::handle(event, this, textAt) || QWidget::event(event);
}

} // namespace runlens
