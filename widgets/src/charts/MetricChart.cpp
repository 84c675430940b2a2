#include "charts/MetricChart.h"

#include "charts/ChartExporter.h"
#include "charts/ChartToolTip.h"
#include "charts/ChartValueText.h"
#include "common/RunColors.h"
#include "charts/ChartAxisFormat.h"
#include "charts/NumberTicker.h"
#include "charts/StepTicker.h"

#include <QApplication>
#include <QClipboard>
#include <QStackedLayout>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace runlens {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

MetricChart::MetricChart(const QString& key, CurveCache* cache, QWidget* parent)
    : QWidget(parent), m_key(key), m_cache(cache), m_plot(new QCustomPlot(this)),
      m_values(new ChartValueText(key, this)),
      m_stack(new QStackedLayout), m_theme(ChartTheme::fromPalette(palette()))
{
    setObjectName(QStringLiteral("chart:") + key);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stack);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_values);
    setMinimumSize(300, 220);
    setUpPlot();
    setTheme(m_theme);
}

void MetricChart::setUpPlot()
{
    m_plot->setObjectName(QStringLiteral("plot:") + m_key);
    m_plot->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title = new QCPTextElement(m_plot, m_key, titleFont);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new StepTicker));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker));
    m_plot->yAxis->setNumberPrecision(4);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);
    m_plot->xAxis->setLabelFont(small);
    m_plot->legend->setFont(small);
    m_plot->legend->setVisible(false);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_hover = std::make_unique<ChartHover>(m_plot);

    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &MetricChart::showContextMenu);
    connect(m_plot, &QCustomPlot::beforeReplot, this, &MetricChart::refill);
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        // The first replot after a resize filled for the old width: once more.
        if (m_plot->axisRect()->width() != m_filled.width)
            m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* e) {
        bool vertical = e->modifiers() & Qt::ControlModifier;
        m_plot->axisRect()->setRangeZoom(vertical ? Qt::Vertical : Qt::Horizontal);
        (vertical ? m_autoY : m_autoX) = false;
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        m_pressPos = e->pos();
        bool rect = e->modifiers() & Qt::ShiftModifier;
        m_plot->setSelectionRectMode(rect ? QCP::srmZoom : QCP::srmNone);
        m_plot->axisRect()->setRangeDrag(m_autoY ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical);
        hideHover();
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        if (e->buttons() & Qt::LeftButton) {
            if (m_plot->selectionRectMode() == QCP::srmNone && (e->pos() - m_pressPos).manhattanLength() > 3)
                m_autoX = false;
            return;
        }
        updateHover(e->pos());
    });
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, [this] {
        m_autoX = false;
        m_autoY = false;
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetView(); });
}

void MetricChart::setRuns(const QList<ChartRun>& runs)
{
    bool sameLines = runs.size() == m_runs.size();
    for (qsizetype i = 0; sameLines && i < runs.size(); ++i)
        sameLines = runs[i].uuid == m_runs[i].uuid && runs[i].group == m_runs[i].group
            && runs[i].name == m_runs[i].name && runs[i].color == m_runs[i].color;
    bool sameCounts = sameLines;
    for (qsizetype i = 0; sameCounts && i < runs.size(); ++i)
        sameCounts = runs[i].count == m_runs[i].count;
    m_runs = runs;
    showValuesOrPlot();
    if (!sameLines)
        rebuildLines();
    // Unchanged runs cost no repaint: live polling calls this twice a second.
    if (!sameCounts)
        markDirty();
}

void MetricChart::setOptions(const ChartOptions& options)
{
    bool linesChange = options.groupBy != m_options.groupBy || options.groupingApplies() != m_options.groupingApplies()
        || options.showRaw != m_options.showRaw
        || options.smoothingOn() != m_options.smoothingOn() || options.band != m_options.band;
    bool axisChange = options.xAxis != m_options.xAxis;
    m_options = options;
    m_plot->yAxis->setScaleType(options.logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (options.logY)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberTicker));
    // Log ticks are powers of ten: "0.01", "1", "100", and "1·10⁶" beyond.
    m_plot->yAxis->setNumberFormat(options.logY ? QStringLiteral("gb") : QStringLiteral("g"));
    m_plot->yAxis->setNumberPrecision(options.logY ? 3 : 4);
    if (axisChange) {
        m_autoX = true;
        m_curvesLoaded = false;
    }
    m_autoY = true;
    if (linesChange)
        rebuildLines();
    ++m_linesVersion;
    markDirty();
}

bool MetricChart::showsValues() const { return ChartValueText::suits(m_runs); }

QString MetricChart::valuesText() const { return showsValues() ? m_values->plainText() : QString(); }

void MetricChart::showValuesOrPlot()
{
    const bool values = showsValues();
    if (values)
        m_values->setRuns(m_runs);
    m_stack->setCurrentWidget(values ? static_cast<QWidget*>(m_values) : m_plot);
}

void MetricChart::setTheme(const ChartTheme& theme)
{
    m_theme = theme;
    theme.apply(m_plot);
    m_values->setTheme(theme);
    showValuesOrPlot();
    m_title->setTextColor(theme.text);
    m_hover->setCrosshairColor(theme.crosshair);
    rebuildLines();
    markDirty();
}

QColor MetricChart::screenColor(const QColor& c) const { return RunColors::forBackground(c, m_theme.dark); }

void MetricChart::rebuildLines()
{
    m_hover->setGraphs({}, {}, m_theme.background); // its dots point at the graphs going away
    m_plot->clearGraphs();
    m_lines.clear();
    m_groupsFor = ~0ull;
    if (m_options.groupingApplies()) {
        std::map<QString, int> groups;
        for (const auto& r : m_runs)
            ++groups[r.group];
        for (const auto& [label, n] : groups) {
            Line line;
            line.name = tr("%1 (%n run(s))", nullptr, n).arg(label);
            line.color = RunColors::colorForName(QStringLiteral("group:") + label);
            QColor c = screenColor(line.color);
            QColor fill = c;
            fill.setAlpha(m_theme.dark ? 60 : 45);
            line.low = m_plot->addGraph();
            line.high = m_plot->addGraph();
            for (auto* g : {line.low, line.high}) {
                g->setPen(Qt::NoPen);
                g->removeFromLegend();
            }
            line.high->setBrush(fill);
            line.high->setChannelFillGraph(line.low);
            line.main = m_plot->addGraph();
            line.main->setPen(QPen(c, 2));
            line.main->setName(line.name);
            line.group = CurveGrouping::Group{};
            line.group->label = label;
            m_lines.push_back(line);
        }
    } else {
        bool raw = m_options.smoothingOn() && m_options.showRaw;
        for (const auto& r : m_runs) {
            Line line;
            line.uuid = r.uuid;
            line.name = r.name;
            line.color = r.color;
            m_lines.push_back(line);
        }
        // Faint raw curves first, so every smoothed curve is drawn above all of them.
        if (raw) {
            for (auto& line : m_lines) {
                QColor c = screenColor(line.color);
                // Faint: many noisy raw curves together must not drown the smoothed ones.
                c.setAlpha(m_theme.dark ? 45 : 35);
                line.raw = m_plot->addGraph();
                line.raw->setPen(QPen(c, 1));
                line.raw->removeFromLegend();
            }
        }
        for (auto& line : m_lines) {
            line.main = m_plot->addGraph();
            line.main->setPen(QPen(screenColor(line.color), raw ? 2.0 : 1.6));
            line.main->setName(line.name);
        }
    }
    QList<QCPGraph*> graphs;
    QList<QColor> colors;
    for (auto& line : m_lines) {
        line.main->setAdaptiveSampling(false); // SeriesLod already sent a few points per column
        graphs << line.main;
        colors << screenColor(line.color);
    }
    m_hover->setGraphs(graphs, colors, m_theme.background);
    ++m_linesVersion;
    m_filled = {};
    m_curvesLoaded = false;
}

void MetricChart::loadCurves()
{
    if (m_curvesLoaded)
        return;
    for (const auto& r : m_runs)
        m_cache->curve(r, m_key); // reads the series the first time only
    m_curvesLoaded = true;
}

quint64 MetricChart::dataSignature() const
{
    quint64 sig = m_linesVersion * 1000003u;
    for (const auto& r : m_runs) {
        const CurveCache::Curve* c = m_cache->find(r.uuid, m_key);
        sig = sig * 31u + (c ? c->version * 7919u + c->raw.size() : 17u);
    }
    return sig;
}

void MetricChart::rebuildGroups()
{
    std::map<QString, std::vector<const SeriesLod*>> curves;
    for (const auto& r : m_runs) {
        if (CurveCache::Curve* c = m_cache->find(r.uuid, m_key))
            curves[r.group].push_back(&m_cache->drawn(*c, m_options));
    }
    m_drawnPoints = 0;
    for (auto& line : m_lines) {
        line.group = CurveGrouping::aggregate(line.group->label, curves[line.group->label]);
        const auto& g = *line.group;
        QVector<QCPGraphData> mean, low, high;
        for (std::size_t i = 0; i < g.x.size(); ++i) {
            bool useStd = m_options.band == ChartOptions::Band::StdDev;
            double lo = useStd ? g.mean[i] - g.stddev[i] : g.min[i];
            double hi = useStd ? g.mean[i] + g.stddev[i] : g.max[i];
            auto y = [&](double v) { return m_options.logY && v <= 0 ? kNaN : v; };
            mean.append({g.x[i], y(g.mean[i])});
            low.append({g.x[i], y(lo)});
            high.append({g.x[i], y(hi)});
        }
        line.main->data()->set(mean, true);
        line.low->data()->set(low, true);
        line.high->data()->set(high, true);
        m_drawnPoints += int(mean.size() * 3);
    }
}

void MetricChart::refill()
{
    if (m_refilling)
        return;
    m_refilling = true;
    loadCurves();
    quint64 sig = dataSignature();
    bool grouped = m_options.groupingApplies();
    if (grouped && m_groupsFor != sig) {
        rebuildGroups();
        m_groupsFor = sig;
    }
    QCPRange x = m_autoX ? dataExtent() : m_plot->xAxis->range();
    if (m_autoX)
        m_plot->xAxis->setRange(x);
    Filled now{x.lower, x.upper, m_plot->axisRect()->width(), sig};
    if (!grouped && !(now == m_filled)) {
        // Columns of 1 px for a few curves; with dozens overlaid (a cloud anyway) 2 or 4 px
        // columns halve or quarter the cost. Each column still keeps its min and max.
        int pixelsPerColumn = m_lines.size() > 50 ? 4 : m_lines.size() > 10 ? 2 : 1;
        int columns = std::max(16, now.width / pixelsPerColumn);
        m_drawnPoints = 0;
        for (auto& line : m_lines)
            fillLine(line, x, columns);
    }
    m_filled = now;
    if (m_autoY)
        fitY(x);
    clampInfinities();
    ChartAxisFormat::apply(m_plot->xAxis, m_options.xAxis, x);
    m_refilling = false;
}

void MetricChart::fillLine(Line& line, const QCPRange& x, int columns)
{
    CurveCache::Curve* c = m_cache->find(line.uuid, m_key);
    if (!c) {
        line.main->data()->clear();
        if (line.raw)
            line.raw->data()->clear();
        return;
    }
    thread_local std::vector<SeriesLod::Point> points;
    auto toGraph = [&](const SeriesLod& lod, QCPGraph* graph) {
        lod.query(x.lower, x.upper, columns, points);
        QVector<QCPGraphData> data(qsizetype(points.size()));
        for (std::size_t i = 0; i < points.size(); ++i) {
            double y = points[i].y;
            data[qsizetype(i)] = {points[i].x, m_options.logY && y <= 0 ? kNaN : y};
        }
        graph->data()->set(data, true);
        m_drawnPoints += int(points.size());
    };
    toGraph(m_cache->drawn(*c, m_options), line.main);
    // Wide pens go through QPainter's path stroker, which is slow on the zig-zags of
    // several points per pixel column (seconds per frame at a million points); 1 px
    // lines take the fast cosmetic path. So a dense curve is drawn 1 px wide, a sparse
    // one thicker, where it costs nothing.
    QPen pen = line.main->pen();
    double wide = line.raw ? 2.0 : 1.6;
    bool dense = int(points.size()) > columns;
    pen.setWidthF(dense ? 1.0 : wide);
    line.main->setPen(pen);
    // Antialiasing a hundred dense curves costs more than it shows.
    line.main->setAntialiased(!(dense && m_lines.size() > 20));
    // Sparse curves (a value per epoch, a single final value) get dots: a lone point
    // between gaps, or a series of one, would otherwise draw nothing at all.
    bool sparse = int(points.size()) * 16 < columns;
    line.main->setScatterStyle(sparse ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4) : QCPScatterStyle());
    if (line.raw)
        toGraph(c->raw, line.raw);
}

void MetricChart::fitY(const QCPRange& x)
{
    double lo = INFINITY, hi = -INFINITY;
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        const auto* data = m_plot->graph(g)->data().data();
        for (auto it = data->findBegin(x.lower, false); it != data->constEnd() && it->key <= x.upper; ++it) {
            double v = it->value;
            if (!std::isfinite(v) || (m_options.logY && v <= 0))
                continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (lo > hi) {
        m_plot->yAxis->setRange(m_options.logY ? QCPRange(0.1, 10) : QCPRange(0, 1));
        return;
    }
    if (m_options.logY) {
        m_plot->yAxis->setRange(lo / 1.25, hi * 1.25);
        return;
    }
    double span = hi - lo;
    if (span <= 0)
        span = std::max(std::abs(hi) * 0.1, 1e-9);
    m_plot->yAxis->setRange(lo - span * 0.05, hi + span * 0.05);
}

void MetricChart::clampInfinities()
{
    // QCustomPlot leaves ±Inf out of a line; draw them as spikes to beyond the edge.
    QCPRange y = m_plot->yAxis->range();
    double top = m_options.logY ? y.upper * 1e3 : y.upper + y.size() * 10;
    double bottom = m_options.logY ? kNaN : y.lower - y.size() * 10;
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        auto data = m_plot->graph(g)->data();
        for (auto it = data->begin(); it != data->end(); ++it) {
            if (std::isinf(it->value))
                it->value = it->value > 0 ? top : bottom;
        }
    }
}

QCPRange MetricChart::dataExtent() const
{
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& line : m_lines) {
        if (line.group) {
            if (!line.group->x.empty()) {
                lo = std::min(lo, line.group->x.front());
                hi = std::max(hi, line.group->x.back());
            }
            continue;
        }
        const CurveCache::Curve* c = m_cache->find(line.uuid, m_key);
        if (c && !c->raw.empty()) {
            lo = std::min(lo, c->raw.x(0));
            hi = std::max(hi, c->raw.x(c->raw.size() - 1));
        }
    }
    if (lo > hi)
        return {0, 1};
    if (lo == hi)
        return {lo - 1, hi + 1};
    return {lo, hi};
}

void MetricChart::markDirty()
{
    // Drawn on the next paint: charts out of view are never drawn (nor read).
    m_dirty = true;
    m_plot->update();
}

void MetricChart::dataChanged() { markDirty(); }

void MetricChart::ensureRendered()
{
    m_dirty = false;
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void MetricChart::resetView()
{
    m_autoX = true;
    m_autoY = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricChart::zoomX(double factor)
{
    m_autoX = false;
    m_plot->xAxis->scaleRange(factor, m_plot->xAxis->range().center());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricChart::panX(double fraction)
{
    m_autoX = false;
    m_plot->xAxis->moveRange(m_plot->xAxis->range().size() * fraction);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricChart::panY(double fraction)
{
    m_autoY = false;
    QCPRange y = m_plot->yAxis->range();
    if (m_options.logY) {
        double f = std::pow(y.upper / y.lower, fraction);
        m_plot->yAxis->setRange(y.lower * f, y.upper * f);
    } else {
        m_plot->yAxis->moveRange(y.size() * fraction);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool MetricChart::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomX(0.8); return true;
    case Qt::Key_Minus: zoomX(1.25); return true;
    case Qt::Key_Left: panX(-0.1); return true;
    case Qt::Key_Right: panX(0.1); return true;
    case Qt::Key_Up: panY(0.1); return true;
    case Qt::Key_Down: panY(-0.1); return true;
    case Qt::Key_Home:
    case Qt::Key_0: resetView(); return true;
    default: return false;
    }
}

bool MetricChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::Paint:
            if (m_dirty) {
                // Render into the plot's buffers right before it paints them.
                m_dirty = false;
                m_plot->replot(QCustomPlot::rpQueuedRefresh);
            }
            break;
        case QEvent::Leave: hideHover(); break;
        case QEvent::KeyPress:
            if (handleKey(static_cast<QKeyEvent*>(event)->key()))
                return true;
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<MetricChart::HoverRow> MetricChart::valuesAt(double x)
{
    QList<HoverRow> rows;
    for (auto& line : m_lines) {
        if (line.group) {
            const auto& g = *line.group;
            if (g.x.empty())
                continue;
            auto it = std::lower_bound(g.x.begin(), g.x.end(), x);
            std::size_t i = std::size_t(it - g.x.begin());
            if (i == g.x.size() || (i > 0 && x - g.x[i - 1] <= g.x[i] - x))
                i = i == 0 ? 0 : i - 1;
            rows.append({line.name, line.color, g.x[i], g.mean[i]});
            continue;
        }
        CurveCache::Curve* c = m_cache->find(line.uuid, m_key);
        if (!c || c->raw.empty())
            continue;
        const SeriesLod& lod = m_cache->drawn(*c, m_options);
        std::size_t i = lod.nearest(x);
        rows.append({line.name, line.color, lod.x(i), lod.y(i)});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const HoverRow& a, const HoverRow& b) {
        if (std::isnan(a.y) != std::isnan(b.y))
            return !std::isnan(a.y);
        return a.y > b.y;
    });
    return rows;
}

QString MetricChart::hoverHtml(double x)
{
    return ChartHover::html(m_key, ChartAxisFormat::format(m_options.xAxis, x), valuesAt(x));
}

void MetricChart::updateHover(const QPoint& pos)
{
    if (!m_plot->axisRect()->rect().contains(pos) || m_lines.empty()) {
        hideHover();
        return;
    }
    double x = m_plot->xAxis->pixelToCoord(pos.x());
    m_hover->show(x);
    ChartToolTip::show(m_plot, m_plot->mapToGlobal(pos + QPoint(18, 12)), hoverHtml(x));
}

void MetricChart::hideHover()
{
    if (!m_hover->isShown())
        return;
    m_hover->hide();
    ChartToolTip::hide();
}

void MetricChart::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Reset Zoom"), this, &MetricChart::resetView);
    menu.addSeparator();
    menu.addAction(tr("Copy Image"), this, [this] { QApplication::clipboard()->setPixmap(m_plot->toPixmap(0, 0, 2.0)); });
    menu.addAction(tr("Export as PNG…"), this, [this] { exportDialog(QStringLiteral("png")); });
    menu.addAction(tr("Export as SVG…"), this, [this] { exportDialog(QStringLiteral("svg")); });
    menu.addAction(tr("Export as PDF…"), this, [this] { exportDialog(QStringLiteral("pdf")); });
    menu.exec(m_plot->mapToGlobal(pos));
}

void MetricChart::exportDialog(const QString& suffix)
{
    QString path = ChartExporter::askPath(this, m_key, suffix);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), tr("The chart could not be saved:\n%1").arg(error));
}

bool MetricChart::exportTo(const QString& path, QString* error)
{
    // On paper: white background, plain run colours, and a legend (the screen has the table for that).
    ChartTheme screen = m_theme;
    hideHover();
    m_theme = ChartTheme::paper();
    m_theme.apply(m_plot);
    m_title->setTextColor(m_theme.text);
    for (auto& line : m_lines) {
        QPen pen = line.main->pen();
        pen.setColor(line.color);
        line.main->setPen(pen);
    }
    m_plot->legend->setVisible(int(m_lines.size()) <= 20);
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    bool ok = ChartExporter::write(m_plot, path, std::max(640, m_plot->width()), std::max(420, m_plot->height()), error);
    m_plot->legend->setVisible(false);
    setTheme(screen);
    return ok;
}

} // namespace runlens
