#include "compare/ParallelCoordinatesView.h"

#include "compare/CompareKeys.h"
#include "compare/ParallelCoordinatesPlot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace runlens {

ParallelCoordinatesView::ParallelCoordinatesView(RunColorFunction runColor, QWidget* parent)
    : QWidget(parent),
      m_runColor(std::move(runColor)),
      m_paramList(new QListWidget(this)),
      m_metricBox(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_plot(new ParallelCoordinatesPlot(this))
{
    m_paramList->setObjectName(QStringLiteral("parallelParams"));
    m_paramList->setToolTip(tr("Tick the params to draw as axes"));
    m_metricBox->setObjectName(QStringLiteral("parallelMetric"));
    auto* paramsLabel = new QLabel(tr("&Params:"), this);
    paramsLabel->setBuddy(m_paramList);
    auto* metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricBox);
    auto* clear = new QPushButton(tr("&Clear selection"), this);
    clear->setToolTip(tr("Remove every brushed range (Esc in the plot)"));

    auto* side = new QVBoxLayout;
    side->addWidget(metricLabel);
    side->addWidget(m_metricBox);
    side->addWidget(paramsLabel);
    side->addWidget(m_paramList, 1);
    side->addWidget(clear);
    side->addWidget(m_status);
    m_status->setWordWrap(true);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(220);
    side->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(sideWidget);
    layout->addWidget(m_plot, 1);

    connect(m_paramList, &QListWidget::itemChanged, this, [this] { rebuild(); });
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(clear, &QPushButton::clicked, m_plot, &ParallelCoordinatesPlot::clearBrushes);
    connect(m_plot, &ParallelCoordinatesPlot::brushesChanged, this, &ParallelCoordinatesView::brushesChanged);
}

void ParallelCoordinatesView::setRuns(std::vector<RunRecord> runs, const MetricDirections& directions,
                                      CompareValue pick)
{
    m_runs = std::move(runs);
    m_directions = directions;
    m_pick = pick;
    std::vector<std::string> checked = params();
    bool first = m_paramList->count() == 0;
    {
        QSignalBlocker block(m_paramList);
        m_paramList->clear();
        auto varied = CompareKeys::variedParams(m_runs);
        for (const auto& key : CompareKeys::params(m_runs)) {
            auto* item = new QListWidgetItem(QString::fromStdString(key), m_paramList);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            bool on = first ? std::find(varied.begin(), varied.end(), key) != varied.end()
                            : std::find(checked.begin(), checked.end(), key) != checked.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    QString metric = m_metricBox->currentText();
    {
        QSignalBlocker block(m_metricBox);
        m_metricBox->clear();
        auto keys = CompareKeys::metrics(m_runs);
        for (const auto& k : keys)
            m_metricBox->addItem(QString::fromStdString(k));
        int i = m_metricBox->findText(metric);
        m_metricBox->setCurrentIndex(i >= 0 ? i : m_metricBox->findText(QString::fromStdString(CompareKeys::defaultMetric(keys))));
    }
    rebuild();
}

void ParallelCoordinatesView::setParams(const std::vector<std::string>& params)
{
    {
        QSignalBlocker block(m_paramList);
        for (int i = 0; i < m_paramList->count(); ++i) {
            auto* item = m_paramList->item(i);
            bool on = std::find(params.begin(), params.end(), item->text().toStdString()) != params.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    rebuild();
}

std::vector<std::string> ParallelCoordinatesView::params() const
{
    std::vector<std::string> out;
    for (int i = 0; i < m_paramList->count(); ++i)
        if (m_paramList->item(i)->checkState() == Qt::Checked)
            out.push_back(m_paramList->item(i)->text().toStdString());
    return out;
}

void ParallelCoordinatesView::setMetric(const QString& metric)
{
    int i = m_metricBox->findText(metric);
    if (i >= 0)
        m_metricBox->setCurrentIndex(i);
}

QString ParallelCoordinatesView::metric() const { return m_metricBox->currentText(); }

void ParallelCoordinatesView::rebuild()
{
    m_plot->setData(ParallelCoordinatesData::build(m_runs, params(), metric().toStdString(), m_pick, m_directions),
                    m_runColor);
    m_status->setText(tr("%n run(s)", nullptr, int(m_runs.size())));
}

void ParallelCoordinatesView::brushesChanged()
{
    QStringList ids = m_plot->brushes().empty() ? QStringList() : m_plot->brushedRunIds();
    m_status->setText(m_plot->brushes().empty()
                          ? tr("%n run(s)", nullptr, int(m_runs.size()))
                          : tr("%1 of %2 runs selected").arg(ids.size()).arg(m_runs.size()));
    emit selectionChanged(ids);
}

} // namespace runlens
