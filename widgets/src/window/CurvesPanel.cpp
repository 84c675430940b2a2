#include "window/CurvesPanel.h"

#include "charts/ChartGrid.h"
#include "charts/CurveCache.h"
#include "charts/MetricChart.h"
#include "common/FlowLayout.h"
#include "common/NaturalOrder.h"
#include "common/NumberFormat.h"
#include "common/RunColors.h"
#include "common/StoreSettings.h"
#include "runs/RunColumn.h"
#include "runs/RunTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace runlens {

namespace {
const QString kSettingsGroup = QStringLiteral("charts");
}

CurvesPanel::CurvesPanel(StoreSession* session, RunTableModel* runs, QWidget* parent)
    : QWidget(parent), m_session(session), m_runs(runs), m_cache(new CurveCache(session, this)),
      m_grid(new ChartGrid(m_cache)), m_scroll(new QScrollArea), m_stack(new QStackedWidget), m_empty(new QLabel),
      m_legend(new QLabel)
{
    m_options.load(kSettingsGroup);
    m_cache->setXAxis(m_options.xAxis);
    m_grid->setOptions(m_options);

    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("curvesEmpty"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setObjectName(QStringLiteral("curvesLegend"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(3);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_legend);
    layout->addWidget(m_stack, 1);
    syncControls();
    refillGroupChoices();
    connect(m_runs, &RunTableModel::keysChanged, this, &CurvesPanel::refillGroupChoices);
    rebuild();
}

QWidget* CurvesPanel::buildToolbar()
{
    m_keyFilter = new QLineEdit;
    m_keyFilter->setPlaceholderText(tr("Filter metrics"));
    m_keyFilter->setClearButtonEnabled(true);
    m_keyFilter->setFixedWidth(QFontMetrics(font()).averageCharWidth() * 22);
    m_keyFilter->setToolTip(tr("Show only the charts whose metric name contains this text"));
    m_xAxis = new QComboBox;
    m_xAxis->addItems({tr("Step"), tr("Wall time"), tr("Time since start")});
    m_xAxis->setToolTip(tr("What the horizontal axis shows"));
    m_logY = new QToolButton;
    m_logY->setText(tr("Log Y"));
    m_logY->setCheckable(true);
    m_logY->setToolTip(tr("Logarithmic vertical axis"));
    m_smoothingKind = new QComboBox;
    m_smoothingKind->addItems({tr("Exponential"), tr("Moving average")});
    m_smoothingKind->setToolTip(tr("Exponential: TensorBoard's debiased moving average. Moving average: the mean of "
                                   "the points centred on each point."));
    m_smoothing = new QSlider(Qt::Horizontal);
    m_smoothing->setRange(0, 99);
    m_smoothing->setFixedWidth(90);
    m_smoothing->setToolTip(tr("How much to smooth the curves"));
    m_smoothingValue = new QLabel;
    m_smoothingValue->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0.00")));
    m_showRaw = new QCheckBox(tr("Raw"));
    m_showRaw->setToolTip(tr("Keep the unsmoothed curve, faint, behind the smoothed one"));
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->setToolTip(tr("Draw runs that share a parameter or tag as one line: their mean with a band"));
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_band = new QComboBox;
    m_band->addItems({tr("min–max"), tr("±1 std")});
    m_band->setToolTip(tr("The band around a group's mean"));

    // The controls ask for ~950 px in one row (more in German): as the dock's minimum they
    // pushed the window past a laptop screen, and scrolled sideways they hid the grouping.
    // In groups that wrap onto a second row when narrow, every control stays in sight.
    auto group = [](std::initializer_list<QWidget*> widgets) {
        auto* w = new QWidget;
        auto* row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        for (QWidget* widget : widgets)
            row->addWidget(widget);
        return w;
    };
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("curvesToolbar"));
    auto* flow = new FlowLayout(bar, 14);
    flow->addWidget(group({m_keyFilter}));
    flow->addWidget(group({new QLabel(tr("X:")), m_xAxis, m_logY}));
    flow->addWidget(group({new QLabel(tr("Smoothing:")), m_smoothingKind, m_smoothing, m_smoothingValue, m_showRaw}));
    flow->addWidget(group({new QLabel(tr("Group:")), m_groupBy, m_band}));

    connect(m_keyFilter, &QLineEdit::textChanged, this, &CurvesPanel::optionsEdited);
    connect(m_xAxis, &QComboBox::currentIndexChanged, this, &CurvesPanel::optionsEdited);
    connect(m_logY, &QToolButton::toggled, this, &CurvesPanel::optionsEdited);
    connect(m_smoothingKind, &QComboBox::currentIndexChanged, this, [this] {
        // Each kind keeps its own strength; show the one of the new kind.
        if (m_syncing)
            return;
        m_options.smoothing = ChartOptions::Smoothing(m_smoothingKind->currentIndex());
        syncControls();
        optionsEdited();
    });
    connect(m_smoothing, &QSlider::valueChanged, this, &CurvesPanel::optionsEdited);
    connect(m_showRaw, &QCheckBox::toggled, this, &CurvesPanel::optionsEdited);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &CurvesPanel::optionsEdited);
    connect(m_band, &QComboBox::currentIndexChanged, this, &CurvesPanel::optionsEdited);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &CurvesPanel::showVisibleCharts);
    return bar;
}

void CurvesPanel::syncControls()
{
    m_syncing = true;
    m_keyFilter->setText(m_options.keyFilter);
    m_xAxis->setCurrentIndex(int(m_options.xAxis));
    m_logY->setChecked(m_options.logY);
    m_smoothingKind->setCurrentIndex(int(m_options.smoothing));
    bool ema = m_options.smoothing == ChartOptions::Smoothing::Ema;
    m_smoothing->setValue(ema ? int(std::lround(m_options.emaWeight * 100)) : (m_options.movingAverageWindow - 1) / 2);
    m_smoothingValue->setText(ema ? NumberFormat::fixed(m_options.emaWeight, 2)
                                  : NumberFormat::integer(m_options.movingAverageWindow));
    m_smoothingValue->setToolTip(ema ? tr("Weight of the exponential moving average")
                                     : tr("Points in the moving-average window"));
    m_showRaw->setChecked(m_options.showRaw);
    m_showRaw->setEnabled(m_options.smoothingOn());
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(m_options.groupBy)));
    // Grouped runs are drawn against steps or their own time, never the clock.
    const bool wallTime = m_options.xAxis == ChartOptions::XAxis::WallTime;
    m_groupBy->setEnabled(!wallTime);
    m_groupBy->setToolTip(wallTime ? tr("Grouping needs X = Step or Time since start: the runs of a group ran at "
                                        "different times, so their mean at a clock time means nothing")
                                   : tr("Draw runs that share a parameter or tag as one line: their mean with a band"));
    m_band->setCurrentIndex(int(m_options.band));
    m_band->setEnabled(m_options.groupingApplies());
    m_syncing = false;
}

void CurvesPanel::optionsEdited()
{
    if (m_syncing)
        return;
    ChartOptions o = m_options;
    o.keyFilter = m_keyFilter->text().trimmed();
    o.xAxis = ChartOptions::XAxis(m_xAxis->currentIndex());
    o.logY = m_logY->isChecked();
    o.smoothing = ChartOptions::Smoothing(m_smoothingKind->currentIndex());
    if (o.smoothing == ChartOptions::Smoothing::Ema)
        o.emaWeight = m_smoothing->value() / 100.0;
    else
        o.movingAverageWindow = 2 * m_smoothing->value() + 1;
    o.showRaw = m_showRaw->isChecked();
    o.groupBy = m_groupBy->currentData().toString();
    o.band = ChartOptions::Band(m_band->currentIndex());
    const bool regrouped = o.groupBy != m_options.groupBy;
    setOptions(o);
    if (regrouped)
        saveGrouping();
}

void CurvesPanel::setOptions(const ChartOptions& options)
{
    bool regroup = options.groupingApplies() != m_options.groupingApplies() || options.groupBy != m_options.groupBy
        || options.keyFilter != m_options.keyFilter;
    m_options = options;
    m_cache->setXAxis(options.xAxis);
    syncControls();
    m_grid->setOptions(options);
    options.save(kSettingsGroup);
    if (regroup)
        rebuild();
    emit optionsChanged(options);
}

void CurvesPanel::refillGroupChoices()
{
    m_syncing = true;
    m_groupBy->clear();
    m_groupBy->addItem(tr("No grouping"), QString());
    for (const auto& k : m_runs->paramKeys())
        m_groupBy->addItem(tr("param %1").arg(k), RunColumn{RunColumn::Kind::Param, k}.toString());
    for (const auto& k : m_runs->tagKeys())
        m_groupBy->addItem(tr("tag %1").arg(k), RunColumn{RunColumn::Kind::Tag, k}.toString());
    m_syncing = false;
    // A grouping by a key no run of this store has would put every run in "(none)".
    // Not saved: the store may still get runs with the key, and its setting stays.
    if (!m_options.groupBy.isEmpty() && m_groupBy->findData(m_options.groupBy) < 0 && m_runs->rowCount() > 0) {
        ChartOptions o = m_options;
        o.groupBy.clear();
        setOptions(o);
        return;
    }
    syncControls();
}

void CurvesPanel::setStore(const QString& storePath)
{
    m_storeGroup = StoreSettings::group(storePath);
    ChartOptions o = m_options;
    o.groupBy = m_storeGroup.isEmpty() ? QString() : QSettings().value(m_storeGroup + QStringLiteral("/curves/groupBy")).toString();
    setOptions(o);
    refillGroupChoices();
}

void CurvesPanel::saveGrouping() const
{
    if (!m_storeGroup.isEmpty())
        QSettings().setValue(m_storeGroup + QStringLiteral("/curves/groupBy"), m_options.groupBy);
}

QString CurvesPanel::groupLabel(const RunRecord& run) const
{
    if (!m_options.groupingApplies())
        return {};
    auto column = RunColumn::fromString(m_options.groupBy);
    if (!column)
        return {};
    std::string key = column->key.toStdString();
    QString value;
    if (column->kind == RunColumn::Kind::Param) {
        auto it = run.params.find(key);
        value = it == run.params.end() ? tr("(none)") : QString::fromStdString(it->second.toString());
    } else {
        auto it = run.tags.find(key);
        value = it == run.tags.end() ? tr("(none)") : QString::fromStdString(it->second);
    }
    return column->key + QLatin1Char('=') + value;
}

void CurvesPanel::setSelection(const QStringList& uuids)
{
    m_selection = uuids;
    // Curves of runs no longer shown are dropped: 100 big runs are the memory budget.
    m_cache->retainOnly(QSet<QString>(uuids.begin(), uuids.begin() + std::min<qsizetype>(uuids.size(), kMaxRuns)));
    rebuild();
}

void CurvesPanel::rebuild()
{
    m_byKey.clear();
    QList<ChartRun> shown;
    for (const auto& uuid : std::as_const(m_selection)) {
        const RunRecord* r = m_runs->runById(uuid);
        if (!r)
            continue;
        ChartRun base{uuid, QString::fromStdString(r->name), RunColors::color(uuid), 0, 0, r->startTime, groupLabel(*r)};
        shown.append(base);
        for (const auto& s : r->series) {
            if (!s.slice.empty())
                continue;
            ChartRun c = base;
            c.seriesId = s.seriesId;
            c.count = s.count;
            c.last = s.lastValue;
            m_byKey[QString::fromStdString(s.key)].append(c);
        }
        if (shown.size() == kMaxRuns)
            break;
    }
    QStringList keys;
    for (auto it = m_byKey.begin(); it != m_byKey.end(); ++it) {
        if (m_options.keyFilter.isEmpty() || it.key().contains(m_options.keyFilter, Qt::CaseInsensitive))
            keys << it.key();
    }
    std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        return NaturalOrder::compare(a.toStdString(), b.toStdString()) < 0;
    });
    m_grid->setKeys(keys);
    for (const auto& key : keys)
        m_grid->chart(key)->setRuns(m_byKey.value(key));

    if (m_selection.isEmpty())
        m_empty->setText(tr("Select runs in the table to see their learning curves.\n"
                            "Ctrl+click or Shift+click selects several; they are drawn together."));
    else if (m_byKey.isEmpty())
        m_empty->setText(tr("The selected runs have not logged any metrics yet.\n"
                            "Curves appear here as soon as they do."));
    else if (keys.isEmpty())
        m_empty->setText(tr("No metric name contains \u201c%1\u201d.").arg(m_options.keyFilter));
    m_stack->setCurrentIndex(keys.isEmpty() ? 1 : 0);
    updateLegend(shown, int(m_selection.size()));
}

void CurvesPanel::updateLegend(const QList<ChartRun>& runs, int selected)
{
    QString html;
    if (selected > kMaxRuns)
        html += tr("Showing the first %1 of %2 selected runs. ").arg(kMaxRuns).arg(selected);
    if (!m_options.groupBy.isEmpty() && !m_options.groupingApplies())
        html += QStringLiteral("<i>%1</i><br>")
                    .arg(tr("Not grouped while X is wall time: the runs of a group ran at different times, so their "
                            "mean at a clock time means nothing. Choose Step or Time since start to group them.")
                             .toHtmlEscaped());
    if (m_options.groupingApplies()) {
        std::map<QString, int> groups;
        for (const auto& r : runs)
            ++groups[r.group];
        for (const auto& [label, n] : groups) {
            html += QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;&nbsp; ")
                        .arg(RunColors::colorForName(QStringLiteral("group:") + label).name(),
                             tr("%1 (%n run(s))", nullptr, n).arg(label).toHtmlEscaped());
        }
    } else {
        int listed = 0;
        for (const auto& r : runs) {
            if (listed++ == 40) {
                html += tr("… and %n more", nullptr, int(runs.size()) - 40);
                break;
            }
            html += QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;&nbsp; ")
                        .arg(r.color.name(), r.name.toHtmlEscaped());
        }
    }
    m_legend->setText(html);
    m_legend->setVisible(!runs.isEmpty());
}

void CurvesPanel::runsUpdated()
{
    rebuild();
    fetchNewPoints();
}

void CurvesPanel::fetchNewPoints()
{
    for (auto* chart : m_grid->charts()) {
        bool grew = false;
        for (const auto& run : m_byKey.value(chart->key()))
            grew |= m_cache->update(run, chart->key());
        if (grew)
            chart->dataChanged();
    }
}

QStringList CurvesPanel::shownKeys() const { return m_stack->currentIndex() == 0 ? m_grid->keys() : QStringList(); }

QString CurvesPanel::emptyText() const { return m_stack->currentIndex() == 1 ? m_empty->text() : QString(); }

void CurvesPanel::showVisibleCharts()
{
    // Charts paint (and read their curves) when they scroll into view; nothing to do
    // here but let Qt deliver the paint events.
    m_grid->update();
}

void CurvesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_grid->setTheme(ChartTheme::fromPalette(palette()));
    QWidget::changeEvent(event);
}

} // namespace runlens
