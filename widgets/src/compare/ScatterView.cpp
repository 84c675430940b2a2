#include "compare/ScatterView.h"

#include "charts/ChartToolTip.h"
#include "compare/CompareChartMenu.h"
#include "compare/CompareChartStyle.h"
#include "compare/CompareFormat.h"
#include "compare/CompareKeys.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace runlens {

namespace {
const double kHitRadius = 8; // pixels

// Categorical x: points of one category spread a little sideways, so equal values of
// different runs do not hide each other. Deterministic, so screenshots are stable.
double jitter(std::size_t i) { return (double(i % 7) - 3.0) * 0.045; }
} // namespace

ScatterView::ScatterView(RunColorFunction runColor, QWidget* parent)
    : QWidget(parent),
      m_runColor(std::move(runColor)),
      m_xBox(new QComboBox(this)),
      m_yBox(new QComboBox(this)),
      m_logX(new QCheckBox(tr("&Log x"), this)),
      m_plot(new QCustomPlot(this))
{
    m_xBox->setObjectName(QStringLiteral("scatterX"));
    m_yBox->setObjectName(QStringLiteral("scatterY"));
    m_xBox->setMinimumContentsLength(16);
    m_yBox->setMinimumContentsLength(16);
    auto* xLabel = new QLabel(tr("&X:"), this);
    xLabel->setBuddy(m_xBox);
    auto* yLabel = new QLabel(tr("&Y:"), this);
    yLabel->setBuddy(m_yBox);
    auto* bar = new QHBoxLayout;
    bar->addWidget(xLabel);
    bar->addWidget(m_xBox);
    bar->addWidget(yLabel);
    bar->addWidget(m_yBox);
    bar->addWidget(m_logX);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    m_plot->setObjectName(QStringLiteral("scatterPlot"));
    CompareChartMenu::attach(m_plot);
    // Never zero-sized (a collapsed splitter or unshown tab): QCustomPlot cannot paint into that.
    m_plot->setMinimumSize(240, 160);
    m_plot->plotLayout()->insertRow(0);
    m_stats = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize()));
    m_plot->plotLayout()->addElement(0, 0, m_stats);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    CompareChartStyle::Colors colors = CompareChartStyle::fromPalette(palette());
    CompareChartStyle::apply(m_plot, colors);
    m_stats->setTextColor(colors.text);

    connect(m_xBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_yBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_logX, &QCheckBox::toggled, this, [this] { rebuild(); });
}

void ScatterView::fillAxisChoices()
{
    QString x = m_xBox->currentData().toString(), y = m_yBox->currentData().toString();
    QSignalBlocker bx(m_xBox), by(m_yBox);
    m_xBox->clear();
    m_yBox->clear();
    auto params = CompareKeys::variedParams(m_runs);
    auto metrics = CompareKeys::metrics(m_runs);
    for (const auto& p : params)
        m_xBox->addItem(tr("param %1").arg(QString::fromStdString(p)), QStringLiteral("p:") + QString::fromStdString(p));
    for (const auto& m : metrics) {
        QString key = QString::fromStdString(m);
        m_xBox->addItem(tr("metric %1").arg(key), QStringLiteral("m:") + key);
        m_yBox->addItem(key, QStringLiteral("m:") + key);
    }
    int xi = m_xBox->findData(x), yi = m_yBox->findData(y);
    m_xBox->setCurrentIndex(xi >= 0 ? xi : 0);
    if (yi < 0)
        yi = m_yBox->findData(QStringLiteral("m:") + QString::fromStdString(CompareKeys::defaultMetric(metrics)));
    m_yBox->setCurrentIndex(std::max(0, yi));
}

ScatterAxis ScatterView::axisFromBox(const QComboBox* box) const
{
    QString data = box->currentData().toString();
    std::string key = data.mid(2).toStdString();
    return data.startsWith(QLatin1String("p:")) ? ScatterAxis::param(key) : ScatterAxis::metric(key, m_pick);
}

void ScatterView::setRuns(std::vector<RunRecord> runs, const MetricDirections& directions, CompareValue pick)
{
    m_runs = std::move(runs);
    m_directions = directions;
    m_pick = pick;
    fillAxisChoices();
    rebuild();
}

void ScatterView::setAxes(const ScatterAxis& x, const ScatterAxis& y)
{
    auto code = [](const ScatterAxis& a) {
        return (a.kind == ScatterAxis::Kind::Param ? QStringLiteral("p:") : QStringLiteral("m:"))
               + QString::fromStdString(a.key);
    };
    QSignalBlocker bx(m_xBox), by(m_yBox);
    if (int i = m_xBox->findData(code(x)); i >= 0)
        m_xBox->setCurrentIndex(i);
    if (int i = m_yBox->findData(code(y)); i >= 0)
        m_yBox->setCurrentIndex(i);
    rebuild();
}

void ScatterView::setLogX(bool on) { m_logX->setChecked(on); }

double ScatterView::plotX(std::size_t i) const
{
    return m_data.categorical ? m_data.x[i] + jitter(i) : m_data.x[i];
}

void ScatterView::rebuild()
{
    m_plot->clearGraphs();
    m_fit = m_selection = nullptr;
    m_data = m_xBox->count() && m_yBox->count()
                 ? ScatterData::build(m_runs, axisFromBox(m_xBox), axisFromBox(m_yBox), m_directions)
                 : ScatterData{};
    std::map<std::string, QString> names;
    for (const auto& run : m_runs)
        names[run.uuid] = QString::fromStdString(run.name.empty() ? run.uuid : run.name);
    m_runNames.clear();
    for (const auto& id : m_data.runIds)
        m_runNames << names[id];
    bool canLog = !m_data.categorical && !m_data.x.empty()
                  && std::all_of(m_data.x.begin(), m_data.x.end(), [](double v) { return v > 0; });
    m_logX->setEnabled(canLog);
    // A new x starts on a log scale when it spans three decades (learning rates);
    // after that the check box is the user's.
    if (QString code = m_xBox->currentData().toString(); code != m_logChosenFor) {
        m_logChosenFor = code;
        auto [lo, hi] = std::minmax_element(m_data.x.begin(), m_data.x.end());
        QSignalBlocker block(m_logX);
        m_logX->setChecked(canLog && *hi / *lo >= 1000);
    }
    bool logX = canLog && m_logX->isChecked();
    m_plot->xAxis->setScaleType(logX ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (m_data.categorical) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (std::size_t i = 0; i < m_data.categories.size(); ++i)
            ticker->addTick(double(i), QString::fromStdString(m_data.categories[i]));
        m_plot->xAxis->setTicker(ticker);
    } else if (logX) {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    m_plot->xAxis->setLabel(m_xBox->currentText());
    m_plot->yAxis->setLabel(m_yBox->currentText());
    drawPoints();
    m_plot->rescaleAxes();
    auto pad = [](QCPAxis* axis, bool log) {
        QCPRange r = axis->range();
        if (log)
            axis->setRange(r.lower / 1.5, r.upper * 1.5);
        else {
            double p = (r.upper - r.lower) * 0.06 + (r.upper == r.lower ? 0.5 : 0);
            axis->setRange(r.lower - p, r.upper + p);
        }
    };
    pad(m_plot->xAxis, logX);
    pad(m_plot->yAxis, false);
    if (m_data.categorical)
        m_plot->xAxis->setRange(-0.6, double(m_data.categories.size()) - 0.4);
    drawFit();
    drawSelection();
    updateStats();
    m_plot->replot();
}

void ScatterView::drawPoints()
{
    // QCustomPlot colours a whole graph: one graph per run colour.
    std::map<QRgb, QCPGraph*> byColor;
    for (std::size_t i = 0; i < m_data.x.size(); ++i) {
        QColor c = m_runColor ? m_runColor(QString::fromStdString(m_data.runIds[i])) : QColor(Qt::darkBlue);
        QCPGraph*& g = byColor[c.rgba()];
        if (!g) {
            g = m_plot->addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c.darker(140), c, 9));
            g->setSelectable(QCP::stNone);
        }
        g->addData(plotX(i), m_data.y[i]);
    }
}

void ScatterView::drawFit()
{
    if (m_data.categorical || !m_data.fit.valid())
        return;
    m_fit = m_plot->addGraph();
    m_fit->setName(tr("least squares"));
    QColor c = palette().color(QPalette::Text);
    m_fit->setPen(QPen(c, 1.8, Qt::DashLine));
    QCPRange r = m_plot->xAxis->range();
    bool log = m_plot->xAxis->scaleType() == QCPAxis::stLogarithmic;
    // Sampled, not two points: on a log axis the straight line of y = a·x + b is a curve.
    const int samples = log ? 80 : 2;
    for (int i = 0; i < samples; ++i) {
        double t = double(i) / (samples - 1);
        double x = log ? std::exp(std::log(r.lower) + t * (std::log(r.upper) - std::log(r.lower)))
                       : r.lower + t * (r.upper - r.lower);
        m_fit->addData(x, m_data.fit.at(x));
    }
}

void ScatterView::drawSelection()
{
    m_selection = m_plot->addGraph();
    m_selection->setLineStyle(QCPGraph::lsNone);
    QColor h = palette().color(QPalette::Highlight);
    m_selection->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(h, 2.5), Qt::NoBrush, 17));
    for (std::size_t i = 0; i < m_data.x.size(); ++i)
        if (m_selected.contains(QString::fromStdString(m_data.runIds[i])))
            m_selection->addData(plotX(i), m_data.y[i]);
}

QString ScatterView::statsText() const
{
    QStringList parts{tr("n = %1").arg(m_data.x.size())};
    auto corr = [](const Correlation& c) {
        return tr("%1 (%2)").arg(CompareFormat::number(c.r, 3), CompareFormat::pValue(c.pValue));
    };
    if (m_data.categorical) {
        parts << tr("correlation ratio η = %1").arg(corr(m_data.ratio));
    } else {
        if (m_data.fit.valid())
            parts << (m_plot->xAxis->scaleType() == QCPAxis::stLogarithmic
                          ? tr("least squares on linear x: y = %1·x %2 (r² = %3)")
                          : tr("least squares y = %1·x %2 (r² = %3)"))
                         .arg(CompareFormat::number(m_data.fit.slope, 3),
                              m_data.fit.intercept < 0 ? tr("− %1").arg(CompareFormat::number(-m_data.fit.intercept, 3))
                                                       : tr("+ %1").arg(CompareFormat::number(m_data.fit.intercept, 3)),
                              CompareFormat::number(m_data.fit.r2, 2));
        parts << tr("Pearson r = %1").arg(corr(m_data.pearson)) << tr("Spearman ρ = %1").arg(corr(m_data.spearman));
    }
    if (m_data.skipped)
        parts << tr("%n run(s) without both values left out", nullptr, int(m_data.skipped));
    return parts.join(QStringLiteral("   ·   "));
}

void ScatterView::updateStats()
{
    m_stats->setText(m_data.x.empty() ? tr("No run has both values.") : statsText());
}

QPointF ScatterView::pointPosition(const QString& runId) const
{
    for (std::size_t i = 0; i < m_data.x.size(); ++i)
        if (QString::fromStdString(m_data.runIds[i]) == runId)
            return {m_plot->xAxis->coordToPixel(plotX(i)), m_plot->yAxis->coordToPixel(m_data.y[i])};
    return {-1, -1};
}

int ScatterView::pointAt(const QPointF& pos) const
{
    int best = -1;
    double bestDistance = kHitRadius;
    for (std::size_t i = 0; i < m_data.x.size(); ++i) {
        double dx = m_plot->xAxis->coordToPixel(plotX(i)) - pos.x();
        double dy = m_plot->yAxis->coordToPixel(m_data.y[i]) - pos.y();
        double d = std::hypot(dx, dy);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

QString ScatterView::toolTipAt(const QPointF& pos) const
{
    int i = pointAt(pos);
    if (i < 0)
        return {};
    QString x = m_data.categorical ? QString::fromStdString(m_data.categories[std::size_t(m_data.x[std::size_t(i)])])
                                   : CompareFormat::number(m_data.x[std::size_t(i)], 6);
    return QStringLiteral("<b>%1</b><br>%2: %3<br>%4: %5")
        .arg(m_runNames.value(i).toHtmlEscaped(), m_xBox->currentText().toHtmlEscaped(), x.toHtmlEscaped(),
             m_yBox->currentText().toHtmlEscaped(), CompareFormat::number(m_data.y[std::size_t(i)], 6));
}

void ScatterView::clickAt(const QPointF& pos, bool add)
{
    int i = pointAt(pos);
    QStringList next = add ? m_selected : QStringList();
    if (i >= 0) {
        QString id = QString::fromStdString(m_data.runIds[std::size_t(i)]);
        if (add && next.contains(id))
            next.removeAll(id);
        else if (!next.contains(id))
            next << id;
    }
    if (next == m_selected)
        return;
    setSelectedRuns(next);
    emit selectionChanged(m_selected);
}

void ScatterView::setSelectedRuns(const QStringList& runIds)
{
    m_selected = runIds;
    if (m_selection) {
        m_selection->data()->clear();
        for (std::size_t i = 0; i < m_data.x.size(); ++i)
            if (m_selected.contains(QString::fromStdString(m_data.runIds[i])))
                m_selection->addData(plotX(i), m_data.y[i]);
        m_plot->replot();
    }
}

bool ScatterView::eventFilter(QObject* watched, QEvent* event)
{
    auto textAt = [this](const QPointF& pos) { return toolTipAt(pos); };
    if (watched == m_plot && ChartToolTip::handle(event, m_plot, textAt))
        return true;
    if (watched == m_plot && event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton)
            clickAt(mouse->position(), mouse->modifiers() & Qt::ControlModifier);
    }
    return QWidget::eventFilter(watched, event);
}

void ScatterView::render(QPainter& painter, const QRectF& rect) { CompareChartStyle::renderPlot(m_plot, painter, rect); }

} // namespace runlens
