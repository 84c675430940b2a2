#include "compare/CompareWindow.h"

#include "common/StoreSession.h"

#include "compare/CompareColors.h"
#include "compare/CompareFormat.h"
#include "compare/CompareMetricsPage.h"
#include "compare/CompareRowsPage.h"
#include "compare/ImportanceView.h"
#include "compare/ParallelCoordinatesView.h"
#include "compare/ScatterView.h"
#include "compare/SliceView.h"

#include "runlens/compare/DefaultBaseline.h"
#include "runlens/model/StoreError.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace runlens {

namespace {
// Oldest first: the first column, the default baseline, is then the run (or config)
// the others were meant to improve on, whatever order the runs were selected in.
std::vector<RunRecord> oldestFirst(std::vector<RunRecord> runs)
{
    std::stable_sort(runs.begin(), runs.end(),
                     [](const RunRecord& a, const RunRecord& b) { return a.startTime < b.startTime; });
    return runs;
}
} // namespace

CompareWindow::CompareWindow(StoreSession* session, std::vector<RunRecord> runs, RunColorFunction runColor,
                             CurvesFactory curves, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_runColor(std::move(runColor)), m_curvesFactory(std::move(curves)),
      m_runs(oldestFirst(std::move(runs)))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare %n run(s)", nullptr, int(m_runs.size())));
    buildToolBar();
    buildTabs();
    loadDirections();
    // Many runs side by side are unreadable; seeds of the same config belong together.
    if (m_runs.size() > kManyRuns && RunGroup::byConfig(m_runs).size() < m_runs.size())
        m_grouping = {CompareGrouping::Mode::Config, {}};
    fillGroupings();
    regroup();
    updateManyRunViews();
    rebuildCurves();
    addCloseKeys();
}

void CompareWindow::addCloseKeys()
{
    // A window of its own closes from the keyboard as every window does (Ctrl+W) and,
    // being a view opened for a moment, with Esc too. Embedded as a tab it does not.
    auto* close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, [this] {
        if (isWindow())
            this->close();
    });
    addAction(close);
}

void CompareWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Comparison"));
    bar->setObjectName(QStringLiteral("compareToolBar"));
    bar->setMovable(false);
    m_groupingBox = new QComboBox(bar);
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    m_groupingBox->setToolTip(tr("One column per run, or runs grouped into columns"));
    m_baselineBox = new QComboBox(bar);
    m_baselineBox->setObjectName(QStringLiteral("baselineBox"));
    m_baselineBox->setToolTip(tr("The column every other column is compared with"));
    m_baselineBox->setMinimumContentsLength(16);
    m_baselineBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pickBox = new QComboBox(bar);
    m_pickBox->setObjectName(QStringLiteral("pickBox"));
    m_pickBox->setToolTip(tr("Which value of each metric's series is compared"));
    for (auto pick : {CompareValue::Last, CompareValue::Best, CompareValue::Min, CompareValue::Max})
        m_pickBox->addItem(CompareFormat::pickName(pick), int(pick));

    auto label = [bar](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        l->setContentsMargins(8, 0, 4, 0);
        bar->addWidget(l);
        bar->addWidget(buddy);
    };
    label(tr("&Columns:"), m_groupingBox);
    label(tr("&Baseline:"), m_baselineBox);
    label(tr("&Value:"), m_pickBox);

    connect(m_groupingBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && std::size_t(i) < m_groupings.size())
            setGrouping(m_groupings[std::size_t(i)]);
    });
    connect(m_baselineBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            setBaseline(std::size_t(i));
    });
    connect(m_pickBox, &QComboBox::currentIndexChanged, this,
            [this] { setPick(CompareValue(m_pickBox->currentData().toInt())); });
}

void CompareWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_metrics = new CompareMetricsPage(m_tabs);
    m_params = new CompareRowsPage(CompareRowsModel::Kind::Params, m_tabs);
    m_info = new CompareRowsPage(CompareRowsModel::Kind::Info, m_tabs);
    m_slices = new SliceView(m_session, m_runColor, m_tabs);
    m_parallel = new ParallelCoordinatesView(m_runColor, m_tabs);
    m_scatter = new ScatterView(m_runColor, m_tabs);
    m_importance = new ImportanceView(m_tabs);
    m_tabs->addTab(m_metrics, tr("&Metrics"));
    m_tabs->addTab(m_params, tr("&Params"));
    m_tabs->addTab(m_info, tr("Run &info"));
    m_tabs->addTab(m_slices, tr("&Slices"));
    m_tabs->addTab(m_parallel, tr("Parallel &coordinates"));
    m_tabs->addTab(m_scatter, tr("Sc&atter"));
    m_tabs->addTab(m_importance, tr("Param imp&ortance"));
    setCentralWidget(m_tabs);

    for (CompareRowsPage* page : {m_params, m_info})
        connect(page, &CompareRowsPage::baselineRequested, this, [this](int c) { setBaseline(std::size_t(c)); });
    connect(m_metrics, &CompareMetricsPage::baselineRequested, this, [this](int c) { setBaseline(std::size_t(c)); });
    connect(m_metrics, &CompareMetricsPage::directionRequested, this, [this](const QString& key, int direction) {
        setDirection(key, direction == CompareMetricsPage::AutomaticDirection
                              ? std::nullopt
                              : std::optional<MetricDirection>(MetricDirection(direction)));
    });
    connect(m_parallel, &ParallelCoordinatesView::selectionChanged, this, &CompareWindow::selectionChanged);
    connect(m_scatter, &ScatterView::selectionChanged, this, &CompareWindow::selectionChanged);
}

// The overlaid curves come from the app's chart widget; without a factory there is no
// tab at all rather than an empty one.
void CompareWindow::rebuildCurves()
{
    if (!m_curvesFactory)
        return;
    int index = m_curves ? m_tabs->indexOf(m_curves) : 3;
    if (m_curves) {
        m_tabs->removeTab(index);
        m_curves->deleteLater();
    }
    m_curves = m_curvesFactory(m_tabs, m_runs);
    if (m_curves)
        m_tabs->insertTab(index, m_curves, tr("C&urves"));
}

void CompareWindow::fillGroupings()
{
    m_groupings = CompareGrouping::choices(m_runs);
    if (std::find(m_groupings.begin(), m_groupings.end(), m_grouping) == m_groupings.end())
        m_grouping = {};
    QSignalBlocker block(m_groupingBox);
    m_groupingBox->clear();
    for (const auto& g : m_groupings)
        m_groupingBox->addItem(g.label());
    m_groupingBox->setCurrentIndex(int(std::find(m_groupings.begin(), m_groupings.end(), m_grouping) - m_groupings.begin()));
}

void CompareWindow::fillBaselines()
{
    QSignalBlocker block(m_baselineBox);
    m_baselineBox->clear();
    for (const auto& group : m_columns)
        m_baselineBox->addItem(CompareColors::swatch(CompareGrouping::color(group, m_runColor)),
                               QString::fromStdString(group.label));
    m_baselineBox->setCurrentIndex(int(m_baseline));
}

void CompareWindow::setRuns(std::vector<RunRecord> runs)
{
    m_runs = oldestFirst(std::move(runs));
    setWindowTitle(tr("Compare %n run(s)", nullptr, int(m_runs.size())));
    fillGroupings();
    regroup();
    updateManyRunViews();
    rebuildCurves();
}

void CompareWindow::setGrouping(const CompareGrouping& grouping)
{
    if (grouping == m_grouping && !m_columns.empty())
        return;
    m_grouping = grouping;
    auto it = std::find(m_groupings.begin(), m_groupings.end(), m_grouping);
    if (it != m_groupings.end() && m_groupingBox->currentIndex() != int(it - m_groupings.begin())) {
        QSignalBlocker block(m_groupingBox);
        m_groupingBox->setCurrentIndex(int(it - m_groupings.begin()));
    }
    m_baseline = 0; // columns changed meaning: regroup picks the default baseline again
    m_baselineLabel.clear();
    regroup();
}

void CompareWindow::regroup()
{
    m_columns = m_grouping.apply(m_runs);
    // Keep the baseline on the same column when it still exists (live updates); else
    // the column that can carry a comparison (core's rule, as in reports and the CLI).
    m_baseline = defaultBaseline(m_columns, m_pick, m_directions);
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (!m_baselineLabel.empty() && m_columns[i].label == m_baselineLabel)
            m_baseline = i;
    m_baselineLabel = m_baseline < m_columns.size() ? m_columns[m_baseline].label : std::string();
    fillBaselines();
    recompute();
}

void CompareWindow::setBaseline(std::size_t column)
{
    if (column >= m_columns.size() || column == m_baseline)
        return;
    m_baseline = column;
    m_baselineLabel = m_columns[column].label;
    if (m_baselineBox->currentIndex() != int(column)) {
        QSignalBlocker block(m_baselineBox);
        m_baselineBox->setCurrentIndex(int(column));
    }
    recompute();
}

void CompareWindow::setPick(CompareValue pick)
{
    if (pick == m_pick)
        return;
    m_pick = pick;
    int i = m_pickBox->findData(int(pick));
    if (i != m_pickBox->currentIndex()) {
        QSignalBlocker block(m_pickBox);
        m_pickBox->setCurrentIndex(i);
    }
    recompute();
    updateManyRunViews();
}

void CompareWindow::loadDirections()
{
    // On a store error the session says why; the name rule still works.
    m_directions = m_session->metricDirections();
}

void CompareWindow::reloadDirections()
{
    loadDirections();
    recompute();
    updateManyRunViews();
}

bool CompareWindow::setDirection(const QString& key, std::optional<MetricDirection> direction)
{
    if (!m_session->setMetricDirection(key, direction)) {
        fail(tr("Could not remember the direction of %1: %2").arg(key, m_session->lastError()));
        return false;
    }
    reloadDirections();
    emit directionsChanged();
    return true;
}

void CompareWindow::recompute()
{
    if (m_columns.empty()) {
        m_comparison = {};
        statusBar()->showMessage(tr("No runs to compare."));
        return;
    }
    Comparison::Options options;
    options.baseline = m_baseline;
    options.pick = m_pick;
    options.directions = m_directions;
    try {
        m_comparison = Comparison::build(m_columns, options);
    } catch (const StoreError& e) {
        fail(QString::fromUtf8(e.what())); // cannot happen with a valid baseline; never crash on it
        return;
    }
    QVector<QColor> colors;
    for (const auto& group : m_columns)
        colors << CompareGrouping::color(group, m_runColor);
    m_metrics->setComparison(m_comparison, colors);
    m_params->setComparison(m_comparison, colors);
    m_info->setComparison(m_comparison, colors);

    SliceTable::Options sliceOptions;
    sliceOptions.baseline = m_baseline;
    sliceOptions.pick = m_pick;
    sliceOptions.directions = m_directions;
    m_slices->setColumns(m_columns, sliceOptions);
    statusBar()->showMessage(tr("%n run(s)", nullptr, int(m_runs.size())) + QStringLiteral(" · ")
                             + tr("%n column(s)", nullptr, int(m_columns.size())));
}

void CompareWindow::updateManyRunViews()
{
    m_parallel->setRuns(m_runs, m_directions, m_pick);
    m_scatter->setRuns(m_runs, m_directions, m_pick);
    m_importance->setRuns(m_runs, m_directions, m_pick);
}

void CompareWindow::fail(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    emit errorOccurred(message);
}

} // namespace runlens
