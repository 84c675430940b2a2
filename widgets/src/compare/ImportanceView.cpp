#include "compare/ImportanceView.h"

#include "compare/CompareColors.h"
#include "compare/CompareFilterProxy.h"
#include "compare/CompareFormat.h"
#include "compare/CompareKeys.h"
#include "compare/CompareTableView.h"
#include "compare/ImportanceChart.h"
#include "compare/ImportanceModel.h"

#include "runlens/compare/RunGroup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace runlens {

namespace {
QString joined(const std::vector<std::string>& keys)
{
    QStringList out;
    for (const auto& k : keys)
        out << QString::fromStdString(k);
    return out.join(QStringLiteral(", "));
}
} // namespace

ImportanceView::ImportanceView(QWidget* parent)
    : QWidget(parent),
      m_metricBox(new QComboBox(this)),
      m_includeRepeats(new QCheckBox(tr("Include &seeds"), this)),
      m_warning(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_footnote(new QLabel(this)),
      m_chart(new ImportanceChart(this)),
      m_model(new ImportanceModel(this)),
      m_proxy(new CompareFilterProxy(ImportanceModel::SortRole, 0, this)),
      m_table(new CompareTableView(this))
{
    m_metricBox->setObjectName(QStringLiteral("importanceMetric"));
    m_metricBox->setMinimumContentsLength(16);
    auto* metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricBox);
    m_includeRepeats->setObjectName(QStringLiteral("includeRepeats"));
    m_includeRepeats->setToolTip(tr("Also weigh params that only tell repeats of one config apart (%1). A seed that "
                                    "seems to matter says the configs are noisy, not that the seed is a setting.")
                                     .arg(joined(RunGroup::repeatParams())));
    m_warning->setObjectName(QStringLiteral("importanceWarning"));
    m_warning->setWordWrap(true);
    m_warning->setMargin(8);
    m_warning->setAutoFillBackground(true);
    QPalette warn = m_warning->palette();
    warn.setColor(QPalette::Window, CompareColors::differsBackground(QApplication::palette()));
    m_warning->setPalette(warn);
    m_warning->hide();
    m_summary->setWordWrap(true);
    m_footnote->setWordWrap(true);
    m_footnote->setText(tr("Correlation is not causation; the model is linear and misses interactions. "
                           "See docs/statistics.md for the method and its limits."));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("importanceTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(metricLabel);
    bar->addWidget(m_metricBox);
    bar->addWidget(m_includeRepeats);
    bar->addWidget(m_summary, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);
    layout->addWidget(m_footnote);

    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_includeRepeats, &QCheckBox::toggled, this, [this] { recompute(); });
}

void ImportanceView::setRuns(std::vector<RunRecord> runs, const MetricDirections& directions, CompareValue pick)
{
    m_runs = std::move(runs);
    m_directions = directions;
    m_pick = pick;
    QString metric = m_metricBox->currentText();
    {
        QSignalBlocker block(m_metricBox);
        m_metricBox->clear();
        auto keys = CompareKeys::metrics(m_runs);
        for (const auto& k : keys)
            m_metricBox->addItem(QString::fromStdString(k));
        int i = m_metricBox->findText(metric);
        if (i < 0)
            i = m_metricBox->findText(QString::fromStdString(CompareKeys::defaultMetric(keys)));
        m_metricBox->setCurrentIndex(std::max(0, i));
    }
    recompute();
}

void ImportanceView::setMetric(const QString& metric)
{
    int i = m_metricBox->findText(metric);
    if (i >= 0)
        m_metricBox->setCurrentIndex(i);
}

QString ImportanceView::metric() const { return m_metricBox->currentText(); }

void ImportanceView::setIncludeRepeats(bool include) { m_includeRepeats->setChecked(include); }

bool ImportanceView::includeRepeats() const { return m_includeRepeats->isChecked(); }

QString ImportanceView::summaryText() const { return m_summary->text(); }

void ImportanceView::recompute()
{
    ParamImportance::Options options;
    options.pick = m_pick;
    options.directions = m_directions;
    options.includeRepeatParams = m_includeRepeats->isChecked();
    m_result = metric().isEmpty() ? ParamImportance{} : ParamImportance::compute(m_runs, metric().toStdString(), options);
    showResult();
}

QString ImportanceView::warningText() const { return m_warning->text(); }

bool ImportanceView::warningVisible() const { return !m_warning->isHidden(); }

void ImportanceView::showResult()
{
    m_model->setResult(m_result);
    m_chart->setResult(m_result);
    m_table->resizeColumnsToContents();
    // Core's own words: they name the numbers that make the result untrustworthy.
    QString message = QString::fromStdString(!m_result.problem.empty() ? m_result.problem : m_result.warning);
    if (metric().isEmpty())
        message = tr("These runs logged no metrics.");
    m_warning->setText(message);
    m_warning->setVisible(!message.isEmpty());

    QStringList parts;
    parts << tr("%n run(s) used", nullptr, int(m_result.runsUsed));
    if (m_result.runsSkipped)
        parts << tr("%n skipped (no finite value)", nullptr, int(m_result.runsSkipped));
    if (m_result.looR2 == m_result.looR2)
        parts << tr("leave-one-out R² = %1").arg(CompareFormat::number(m_result.looR2, 2));
    if (m_result.lambda == m_result.lambda)
        parts << tr("ridge λ = %1").arg(CompareFormat::number(m_result.lambda, 2));
    if (!m_result.constant.empty())
        parts << tr("constant: %1").arg(joined(m_result.constant));
    if (!m_result.unique.empty())
        parts << tr("left out (a value per run): %1").arg(joined(m_result.unique));
    if (!m_result.repeats.empty())
        parts << tr("left out (only tells repeats of a config apart): %1").arg(joined(m_result.repeats));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace runlens
