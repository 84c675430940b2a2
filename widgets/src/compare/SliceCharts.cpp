#include "compare/SliceCharts.h"

#include "compare/CompareColors.h"
#include "compare/SliceBarChart.h"
#include "compare/SliceCurvesChart.h"
#include "compare/SliceHeatmap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace runlens {

SliceCharts::SliceCharts(StoreSession* session, RunColorFunction runColor, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_runColor(std::move(runColor)), m_bars(new SliceBarChart(this)),
      m_heatmap(new SliceHeatmap(this))
{
    auto* heatScroll = new QScrollArea(this);
    heatScroll->setWidget(m_heatmap);
    heatScroll->setWidgetResizable(true);
    heatScroll->setFrameShape(QFrame::NoFrame);

    addTab(m_bars, tr("&Bars"));
    addTab(heatScroll, tr("&Heatmap"));
    addTab(buildCurvesPage(), tr("&Curves of one run"));
}

QWidget* SliceCharts::buildCurvesPage()
{
    auto* page = new QWidget(this);
    m_curves = new SliceCurvesChart(page);
    m_runBox = new QComboBox(page);
    m_runBox->setObjectName(QStringLiteral("sliceCurveRun"));
    m_runBox->setMinimumContentsLength(20);
    auto* runLabel = new QLabel(tr("&Run:"), page);
    runLabel->setBuddy(m_runBox);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(runLabel);
    runRow->addWidget(m_runBox);
    runRow->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(runRow);
    layout->addWidget(m_curves, 1);
    connect(m_runBox, &QComboBox::currentIndexChanged, this, [this] { refreshCurves(); });
    return page;
}

void SliceCharts::setColumns(const std::vector<RunGroup>& columns)
{
    m_columns = columns;
    QSignalBlocker block(m_runBox);
    QString previousRun = m_runBox->currentData().toString();
    m_runBox->clear();
    for (const auto& group : m_columns)
        for (const auto& run : group.runs) {
            QString id = QString::fromStdString(run.uuid);
            m_runBox->addItem(CompareColors::swatch(m_runColor ? m_runColor(id) : QColor(Qt::gray)),
                              QString::fromStdString(run.name.empty() ? run.uuid : run.name), id);
        }
    m_runBox->setCurrentIndex(std::max(0, m_runBox->findData(previousRun)));
}

void SliceCharts::setData(const SliceTable& table, const QString& key, const QVector<QColor>& colors)
{
    m_key = key;
    m_bars->setData(table, key, colors);
    m_heatmap->setData(table, key, colors);
    refreshCurves();
}

void SliceCharts::setCurveRun(const QString& runId)
{
    int i = m_runBox->findData(runId);
    if (i >= 0)
        m_runBox->setCurrentIndex(i);
}

void SliceCharts::refreshCurves()
{
    QString id = m_runBox->currentData().toString();
    for (const auto& group : m_columns)
        for (const auto& run : group.runs)
            if (QString::fromStdString(run.uuid) == id) {
                // A run deleted meanwhile reads as no points (the session says why).
                m_curves->setRun(m_session, run, m_key, m_runColor ? m_runColor(id) : QColor(Qt::gray));
                return;
            }
    m_curves->clearRun();
}

} // namespace runlens
