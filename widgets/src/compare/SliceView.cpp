#include "compare/SliceView.h"

#include "compare/CompareFilterProxy.h"
#include "compare/CompareTableView.h"
#include "compare/SliceCharts.h"
#include "compare/SliceTableModel.h"

#include "runlens/model/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace runlens {

SliceView::SliceView(StoreSession* session, RunColorFunction runColor, QWidget* parent)
    : QWidget(parent), m_runColor(std::move(runColor))
{
    m_model = new SliceTableModel(this);
    m_proxy = new CompareFilterProxy(SliceTableModel::SortRole, 0, this);
    m_proxy->setSourceModel(m_model);
    m_view = new CompareTableView(this);
    m_view->setObjectName(QStringLiteral("sliceTable"));
    m_view->setModel(m_proxy);
    m_view->setIconSize(QSize(34, 16));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    m_charts = new SliceCharts(session, m_runColor, this);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* empty = new QLabel(tr("These runs have no per-slice metrics.\nLog a metric with a slice "
                                "(e.g. run.log_metric(\"val/acc\", 0.9, slice=\"class=3\")) to see it here."),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(split);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildControls());
    layout->addWidget(m_stack, 1);
}

QWidget* SliceView::buildControls()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_keyBox = new QComboBox(bar);
    m_keyBox->setObjectName(QStringLiteral("sliceMetric"));
    m_keyBox->setMinimumContentsLength(14);
    auto* keyLabel = new QLabel(tr("&Metric:"), bar);
    keyLabel->setBuddy(m_keyBox);
    m_orderBox = new QComboBox(bar);
    m_orderBox->addItem(tr("Worst against overall first"), int(SliceTable::Order::WorstVsOverall));
    m_orderBox->addItem(tr("Worst against baseline first"), int(SliceTable::Order::WorstVsBaseline));
    m_orderBox->addItem(tr("By slice name"), int(SliceTable::Order::ByName));
    auto* orderLabel = new QLabel(tr("&Order:"), bar);
    orderLabel->setBuddy(m_orderBox);
    m_flaggedBox = new QCheckBox(tr("Only &flagged"), bar);
    m_flaggedBox->setToolTip(tr("Show only slices that are much worse than overall, or that regressed "
                                "while the overall metric improved"));
    m_summary = new QLabel(bar);
    row->addWidget(keyLabel);
    row->addWidget(m_keyBox);
    row->addWidget(orderLabel);
    row->addWidget(m_orderBox);
    row->addWidget(m_flaggedBox);
    row->addStretch(1);
    row->addWidget(m_summary);

    connect(m_keyBox, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_orderBox, &QComboBox::currentIndexChanged, this,
            [this] { setOrder(SliceTable::Order(m_orderBox->currentData().toInt())); });
    connect(m_flaggedBox, &QCheckBox::toggled, this, &SliceView::setOnlyFlagged);
    return bar;
}

void SliceView::setColumns(const std::vector<RunGroup>& columns, const SliceTable::Options& options)
{
    m_columns = columns;
    m_colors.clear();
    for (const auto& group : m_columns)
        m_colors << CompareGrouping::color(group, m_runColor);
    try {
        m_table = columns.empty() ? SliceTable{} : SliceTable::build(columns, options);
    } catch (const StoreError&) {
        m_table = SliceTable{}; // a bad baseline: nothing to show rather than a crash
    }
    m_table.sort(m_order);

    QString previousKey = key();
    QSignalBlocker block(m_keyBox);
    m_keyBox->clear();
    for (const auto& k : m_table.keys())
        m_keyBox->addItem(QString::fromStdString(k));
    int keep = m_keyBox->findText(previousKey);
    // Default: the first key with a flag, else the first key.
    if (keep < 0 && !m_table.flagged().empty())
        keep = m_keyBox->findText(QString::fromStdString(m_table.flagged().front()->key));
    m_keyBox->setCurrentIndex(std::max(0, keep));

    m_charts->setColumns(m_columns);
    m_stack->setCurrentIndex(m_table.keys().empty() ? 1 : 0);
    refresh();
}

void SliceView::setKey(const QString& key)
{
    int i = m_keyBox->findText(key);
    if (i >= 0)
        m_keyBox->setCurrentIndex(i);
}

QString SliceView::key() const { return m_keyBox->currentText(); }

SliceBarChart* SliceView::barChart() const { return m_charts->barChart(); }
SliceHeatmap* SliceView::heatmap() const { return m_charts->heatmap(); }
SliceCurvesChart* SliceView::curvesChart() const { return m_charts->curvesChart(); }
QTabWidget* SliceView::chartTabs() const { return m_charts; }

void SliceView::setOrder(SliceTable::Order order)
{
    m_order = order;
    int i = m_orderBox->findData(int(order));
    if (i != m_orderBox->currentIndex()) {
        QSignalBlocker block(m_orderBox);
        m_orderBox->setCurrentIndex(i);
    }
    m_table.sort(order);
    // Core's order replaces whatever header sort the user clicked.
    m_proxy->sort(-1);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    refresh();
}

void SliceView::setOnlyFlagged(bool on)
{
    if (m_flaggedBox->isChecked() != on) {
        m_flaggedBox->setChecked(on);
        return; // toggled() comes back here
    }
    m_model->setOnlyFlagged(on);
    updateSummary();
}

void SliceView::setCurveRun(const QString& runId) { m_charts->setCurveRun(runId); }

void SliceView::refresh()
{
    QString k = key();
    m_model->setTable(m_table, k, m_colors);
    m_view->resizeColumnsToContents();
    m_charts->setData(m_table, k, m_colors);
    updateSummary();
}

void SliceView::updateSummary()
{
    std::string k = key().toStdString();
    int muchWorse = 0, regressed = 0;
    for (const SliceRow* row : m_table.flagged()) {
        if (row->key != k)
            continue;
        muchWorse += row->muchWorseThanOverall;
        regressed += row->regressedWhileOverallImproved;
    }
    m_summary->setText(tr("%1 much worse than overall · %2 regressed while overall improved")
                           .arg(muchWorse)
                           .arg(regressed));
    m_summary->setToolTip(tr("A slice is much worse than overall when it trails the overall value by more than "
                             "both 0.05 and 10 %. See docs/statistics.md."));
}

} // namespace runlens
