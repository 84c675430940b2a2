#include "compare/SliceBarChart.h"

#include "charts/ChartToolTip.h"
#include "compare/CompareChartMenu.h"
#include "compare/CompareChartStyle.h"
#include "compare/CompareFormat.h"
#include "charts/LegendNames.h"

#include <QHelpEvent>
#include <QResizeEvent>
#include <QToolTip>

#include <cmath>

namespace runlens {

SliceBarChart::SliceBarChart(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("sliceBars"));
    CompareChartMenu::attach(this);
    // Never zero-sized (a collapsed splitter or unshown tab): QCustomPlot cannot paint into that.
    setMinimumSize(240, 160);
    // The legend sits in its own row under the axes, so it never covers a bar.
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6);
    m_legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, m_legendRow);
    m_legendRow->addElement(0, 0, legend); // takes it out of the axis rect's inset layout
    plotLayout()->setRowStretchFactor(1, 0.001);
    m_legendRow->setMargins(QMargins(0, 0, 0, 4));
    xAxis->grid()->setVisible(false);
    xAxis->setTickLabelRotation(0);
    yAxis->setLabel(QString());
    CompareChartStyle::apply(this, CompareChartStyle::fromPalette(palette()));
}

namespace {

// A small badge over a flagged bar: the table's and heatmap's flags in chart form.
void addBadge(QCustomPlot* plot, double key, double value, const QString& text, const QColor& color)
{
    auto* badge = new QCPItemText(plot);
    badge->position->setCoords(key, value);
    badge->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    badge->setText(text);
    badge->setColor(Qt::white);
    badge->setBrush(color);
    badge->setPen(Qt::NoPen);
    badge->setPadding(QMargins(3, 0, 3, 0));
    QFont f = badge->font();
    f.setBold(true);
    badge->setFont(f);
    badge->setClipToAxisRect(false);
}

} // namespace

void SliceBarChart::setData(const SliceTable& table, const QString& key, const QVector<QColor>& columnColors)
{
    clearPlottables();
    clearItems();
    m_bars.clear();
    std::string k = key.toStdString();
    auto slices = table.slices(k);
    m_categories = QStringList{tr("overall")};
    for (const auto& s : slices)
        m_categories << QString::fromStdString(s);
    m_labels.clear();
    m_names.clear();
    std::size_t columns = table.labels.size();
    // Each column's bars sit at a fixed offset inside the category, so keys stay plain
    // plot coordinates (badges and hit tests need no pixel arithmetic).
    double slot = 0.84 / double(std::max<std::size_t>(columns, 1));
    for (std::size_t c = 0; c < columns; ++c) {
        auto* bars = new QCPBars(xAxis, yAxis);
        QString label = QString::fromStdString(table.labels[c]);
        m_labels << label;
        m_names << (c == table.baseline ? tr("%1 (baseline)").arg(label) : label);
        bars->setName(m_names.back());
        QColor color = c < std::size_t(columnColors.size()) ? columnColors[int(c)] : QColor(Qt::gray);
        bars->setPen(QPen(color.darker(130), 1));
        bars->setBrush(color);
        bars->setWidth(slot * 0.88);
        double offset = (double(c) - double(columns - 1) / 2) * slot;
        QVector<double> x, y;
        for (std::size_t s = 0; s < slices.size(); ++s) {
            const SliceRow* row = table.find(k, slices[s], c);
            if (!row)
                continue;
            if (x.isEmpty() && std::isfinite(row->overall)) {
                x << offset;
                y << row->overall;
            }
            if (row->runs == 0 || !std::isfinite(row->value))
                continue;
            x << double(s + 1) + offset;
            y << row->value;
            QString marks = QString(row->muchWorseThanOverall ? QStringLiteral("!") : QString())
                            + (row->regressedWhileOverallImproved ? QStringLiteral("↓") : QString());
            if (!marks.isEmpty())
                addBadge(this, x.last(), row->value, marks,
                         row->regressedWhileOverallImproved ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xef, 0x8f, 0x00));
        }
        bars->setData(x, y, true);
        m_bars << bars;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_categories.size(); ++i)
        ticker->addTick(i, m_categories[i]);
    xAxis->setTicker(ticker);
    // Long slice names ("region=south-east") would overlap when there are many.
    xAxis->setTickLabelRotation(m_categories.size() > 8 ? 35 : 0);
    xAxis->setRange(-0.6, m_categories.size() - 0.4);
    yAxis->setLabel(key);
    rescaleAxes(true);
    xAxis->setRange(-0.6, m_categories.size() - 0.4);
    QCPRange y = yAxis->range();
    // Bars start at zero, or they exaggerate differences.
    double lower = std::min(0.0, y.lower), upper = std::max(0.0, y.upper);
    yAxis->setRange(lower, upper + (upper - lower) * 0.08 + (upper == lower ? 1 : 0));
    fitLegend(width());
    replot();
}

void SliceBarChart::fitLegend(double width)
{
    if (m_bars.isEmpty())
        return;
    // Up to six entries a row (the legend's wrap), each an icon, padding and its name.
    const int perRow = std::min<int>(int(m_bars.size()), legend->wrap() > 0 ? legend->wrap() : 6);
    const double chrome = legend->iconSize().width() + legend->iconTextPadding() + 16;
    const double room = (width - 16) / perRow - chrome;
    QStringList shown = LegendNames::fit(m_names, QFontMetricsF(legend->font()), room);
    for (int c = 0; c < m_bars.size(); ++c)
        m_bars[c]->setName(shown.value(c));
}

QStringList SliceBarChart::legendNames() const
{
    QStringList out;
    for (auto* b : m_bars)
        out << b->name();
    return out;
}

void SliceBarChart::resizeEvent(QResizeEvent* event)
{
    fitLegend(event->size().width());
    QCustomPlot::resizeEvent(event);
}

QString SliceBarChart::toolTipAt(const QPointF& pos) const
{
    for (int c = 0; c < m_bars.size(); ++c) {
        QCPBars* bars = m_bars[c];
        QVariant details;
        double distance = bars->selectTest(pos, false, &details);
        // QCPBars answers just under the tolerance when pos is inside one of its bars.
        if (distance < 0 || distance >= selectionTolerance())
            continue;
        auto selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        auto it = bars->data()->at(selection.dataRange().begin());
        int category = int(std::lround(it->key));
        return tr("%1\n%2 on %3: %4")
            .arg(m_labels.value(c), yAxis->label(), m_categories.value(category), CompareFormat::number(it->value, 6));
    }
    return {};
}

bool SliceBarChart::event(QEvent* event)
{
    auto textAt = [this](const QPointF& pos) { return toolTipAt(pos); };
    return ChartToolTip::handle(event, this, textAt) || QCustomPlot::event(event);
}

void SliceBarChart::render(QPainter& painter, const QRectF& rect)
{
    fitLegend(rect.width());
    CompareChartStyle::renderPlot(this, painter, rect);
    fitLegend(width());
}

} // namespace runlens
