#include "compare/SliceHeatmap.h"

#include "charts/ChartToolTip.h"
#include "compare/CompareChartMenu.h"
#include "compare/CompareColors.h"
#include "compare/CompareFormat.h"
#include "compare/SliceFlags.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace runlens {

namespace {

// Viridis: perceptually even and readable for colour-blind users; dark = worse.
QColor viridis(double t)
{
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x91, 0x8c),
                                   QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * 4;
    int i = std::min(3, int(t));
    return CompareColors::mix(stops[i], stops[i + 1], t - i);
}

const int kLegendHeight = 34;

} // namespace

SliceHeatmap::SliceHeatmap(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sliceHeatmap"));
    CompareChartMenu::attach(this);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void SliceHeatmap::setData(const SliceTable& table, const QString& key, const QVector<QColor>& columnColors)
{
    m_table = table;
    m_key = key.toStdString();
    m_slices = m_table.slices(m_key);
    m_labels = m_table.labels;
    m_colors = columnColors;
    m_lo = INFINITY;
    m_hi = -INFINITY;
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (double v = valueOf(r, c); std::isfinite(v)) {
                m_lo = std::min(m_lo, v);
                m_hi = std::max(m_hi, v);
            }
    if (!(m_lo <= m_hi))
        m_lo = m_hi = 0;
    for (const auto& row : m_table.rows)
        if (row.key == m_key) {
            m_direction = row.direction;
            break;
        }
    updateGeometry();
    update();
}

const SliceRow* SliceHeatmap::rowOf(int row, int column) const
{
    // Row 0 (overall) reads the overall value off any slice row of the column.
    if (row == 0) {
        for (const auto& s : m_slices)
            if (const SliceRow* r = m_table.find(m_key, s, std::size_t(column)))
                return r;
        return nullptr;
    }
    return m_table.find(m_key, m_slices[std::size_t(row - 1)], std::size_t(column));
}

double SliceHeatmap::valueOf(int row, int column) const
{
    const SliceRow* r = rowOf(row, column);
    if (!r)
        return NAN;
    if (row == 0)
        return r->overall;
    return r->runs > 0 ? r->value : NAN;
}

QString SliceHeatmap::cellText(int row, int column) const
{
    double v = valueOf(row, column);
    return std::isnan(v) ? QString() : CompareFormat::number(v, 3);
}

QColor SliceHeatmap::colorFor(double value) const
{
    if (!std::isfinite(value))
        return palette().color(QPalette::AlternateBase);
    double t = m_hi > m_lo ? (value - m_lo) / (m_hi - m_lo) : 0.5;
    return viridis(m_direction == MetricDirection::Min ? 1 - t : t); // no direction: low to high
}

QColor SliceHeatmap::cellColor(int row, int column) const { return colorFor(valueOf(row, column)); }

SliceHeatmap::Layout SliceHeatmap::layoutFor(const QRectF& rect) const
{
    Layout l;
    QFontMetricsF fm(font());
    l.rowHeader = fm.horizontalAdvance(tr("overall")) + 16;
    for (const auto& s : m_slices)
        l.rowHeader = std::max(l.rowHeader, fm.horizontalAdvance(QString::fromStdString(s)) + 16);
    l.colHeader = fm.height() + 14;
    int cols = std::max(1, columnCount()), rows = std::max(1, rowCount());
    double availW = rect.width() - l.rowHeader - 8, availH = rect.height() - l.colHeader - kLegendHeight - 8;
    l.cellW = std::clamp(availW / cols, 56.0, 180.0);
    l.cellH = std::clamp(availH / rows, fm.height() + 8, fm.height() * 2.6);
    l.grid = QRectF(rect.left() + l.rowHeader, rect.top() + l.colHeader, l.cellW * cols, l.cellH * rows);
    return l;
}

void SliceHeatmap::paintHeaders(QPainter& p, const Layout& l) const
{
    QFontMetricsF fm(p.font());
    p.setPen(palette().color(QPalette::Text));
    for (int c = 0; c < columnCount(); ++c) {
        QRectF head(l.grid.left() + c * l.cellW, l.grid.top() - l.colHeader, l.cellW, l.colHeader - 6);
        QString label = QString::fromStdString(m_labels[std::size_t(c)]);
        if (std::size_t(c) == m_table.baseline)
            label = tr("%1 (baseline)").arg(label);
        p.drawText(head.adjusted(2, 0, -2, 0), Qt::AlignHCenter | Qt::AlignVCenter,
                   fm.elidedText(label, Qt::ElideMiddle, head.width() - 4));
        QColor color = c < m_colors.size() ? m_colors[c] : QColor(Qt::gray);
        p.fillRect(QRectF(head.left() + 3, head.bottom(), head.width() - 6, 4), color);
    }
    for (int r = 0; r < rowCount(); ++r) {
        QRectF head(l.grid.left() - l.rowHeader, l.grid.top() + r * l.cellH, l.rowHeader - 8, l.cellH);
        QFont f = p.font();
        f.setBold(r == 0);
        p.setFont(f);
        p.drawText(head, Qt::AlignRight | Qt::AlignVCenter,
                   r == 0 ? tr("overall") : QString::fromStdString(m_slices[std::size_t(r - 1)]));
        f.setBold(false);
        p.setFont(f);
    }
}

void SliceHeatmap::paintLegend(QPainter& p, const QRectF& rect, const Layout& l) const
{
    if (m_hi <= m_lo)
        return;
    QFontMetricsF fm(p.font());
    double top = std::min(l.grid.bottom() + 10, rect.bottom() - kLegendHeight + 8);
    QRectF bar(l.grid.left(), top, std::min(220.0, l.grid.width()), 10);
    for (int i = 0; i < int(bar.width()); ++i)
        p.fillRect(QRectF(bar.left() + i, bar.top(), 1.5, bar.height()), viridis(i / bar.width()));
    p.setPen(palette().color(QPalette::Text));
    QRectF below(bar.left(), bar.bottom() + 2, bar.width(), fm.height());
    if (m_direction == MetricDirection::Neutral) { // no better or worse end to name
        p.drawText(below, Qt::AlignLeft, tr("low %1").arg(CompareFormat::number(m_lo, 3)));
        p.drawText(below, Qt::AlignRight, tr("high %1").arg(CompareFormat::number(m_hi, 3)));
        return;
    }
    double worst = m_direction == MetricDirection::Max ? m_lo : m_hi;
    double best = m_direction == MetricDirection::Max ? m_hi : m_lo;
    p.drawText(below, Qt::AlignLeft, tr("worse %1").arg(CompareFormat::number(worst, 3)));
    p.drawText(below, Qt::AlignRight, tr("better %1").arg(CompareFormat::number(best, 3)));
}

void SliceHeatmap::paint(QPainter& p, const QRectF& rect) const
{
    p.save();
    p.setFont(font());
    p.fillRect(rect, palette().color(QPalette::Base));
    if (columnCount() == 0 || m_slices.empty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect, Qt::AlignCenter, tr("No slices of this metric."));
        p.restore();
        return;
    }
    Layout l = layoutFor(rect);
    paintHeaders(p, l);
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            QRectF cell(l.grid.left() + c * l.cellW, l.grid.top() + r * l.cellH, l.cellW, l.cellH);
            QRectF inner = cell.adjusted(1, 1, -1, -1);
            double v = valueOf(r, c);
            if (std::isnan(v)) {
                p.fillRect(inner, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
                continue;
            }
            QColor fill = colorFor(v);
            p.fillRect(inner, fill);
            p.setPen(CompareColors::textOn(fill));
            p.drawText(inner, Qt::AlignCenter, cellText(r, c));
            const SliceRow* row = r > 0 ? rowOf(r, c) : nullptr;
            double mark = std::min(14.0, l.cellH * 0.45);
            if (row && row->muchWorseThanOverall)
                SliceFlags::paintMuchWorse(p, QRectF(inner.left() + 2, inner.top() + 2, mark, mark));
            if (row && row->regressedWhileOverallImproved)
                SliceFlags::paintRegressed(p, QRectF(inner.right() - mark - 2, inner.top() + 2, mark, mark));
        }
    }
    // A rule under "overall": it is a reference, not a slice.
    p.setPen(QPen(palette().color(QPalette::Text), 1.5));
    p.drawLine(QPointF(l.grid.left(), l.grid.top() + l.cellH), QPointF(l.grid.right(), l.grid.top() + l.cellH));
    paintLegend(p, rect, l);
    p.restore();
}

void SliceHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paint(p, QRectF(rect()));
}

QString SliceHeatmap::toolTipAt(const QPointF& pos) const
{
    Layout l = layoutFor(QRectF(rect()));
    if (!l.grid.contains(pos))
        return {};
    int c = int((pos.x() - l.grid.left()) / l.cellW), r = int((pos.y() - l.grid.top()) / l.cellH);
    if (c < 0 || c >= columnCount() || r < 0 || r >= rowCount())
        return {};
    QString column = QString::fromStdString(m_labels[std::size_t(c)]);
    QString key = QString::fromStdString(m_key);
    if (r == 0)
        return tr("%1\n%2 overall: %3").arg(column, key, CompareFormat::number(valueOf(0, c), 6));
    QString slice = QString::fromStdString(m_slices[std::size_t(r - 1)]);
    const SliceRow* row = rowOf(r, c);
    if (!row || row->runs == 0)
        return tr("%1\n%2 has no slice %3").arg(column, key, slice);
    QString tip = tr("%1\n%2 on %3: %4 (overall %5)")
                      .arg(column, key, slice, CompareFormat::number(row->value, 6), CompareFormat::number(row->overall));
    if (std::size_t(c) != m_table.baseline)
        tip += QLatin1Char('\n') + tr("baseline %1, delta %2")
                                       .arg(CompareFormat::number(row->baseline),
                                            CompareFormat::delta(row->delta, row->relDelta));
    if (QString flags = SliceFlags::toolTip(*row); !flags.isEmpty())
        tip += QLatin1Char('\n') + flags;
    return tip;
}

bool SliceHeatmap::event(QEvent* event)
{
    auto textAt = [this](const QPointF& pos) { return toolTipAt(pos); };
    return ChartToolTip::handle(event, this, textAt) || QWidget::event(event);
}

QSize SliceHeatmap::sizeHint() const
{
    QFontMetrics fm(font());
    return {int(120 + 110 * std::max(1, columnCount())), int(fm.height() * 2.2 * (rowCount() + 1)) + kLegendHeight};
}

QSize SliceHeatmap::minimumSizeHint() const { return {200, 120}; }

} // namespace runlens
