#include "compare/CompareMetricsPage.h"

#include "compare/CompareColors.h"
#include "compare/CompareFilterProxy.h"
#include "compare/CompareTableView.h"
#include "compare/MetricDelegate.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace runlens {

CompareMetricsPage::CompareMetricsPage(QWidget* parent)
    : QWidget(parent),
      m_model(new CompareMetricsModel(this)),
      m_proxy(new CompareFilterProxy(CompareMetricsModel::SortRole, 0, this)),
      m_table(new CompareTableView(this)),
      m_filter(new QLineEdit(this)),
      m_legend(new QLabel(this)),
      m_verdicts(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MetricDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMenuHook([this](QMenu& menu, const QModelIndex& index) { addDirectionActions(menu, index); });

    m_filter->setPlaceholderText(tr("Filter metrics…"));
    m_filter->setClearButtonEnabled(true);
    QPalette pal = palette();
    m_legend->setText(legendText(pal));
    m_legend->setWordWrap(true);
    m_verdicts->setObjectName(QStringLiteral("verdicts"));
    m_verdicts->setOpenLinks(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_legend, 3);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_verdicts);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CompareFilterProxy::setKeyFilter);
    connect(m_table, &CompareTableView::baselineRequested, this, &CompareMetricsPage::baselineRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        m_currentKey = i.data(CompareMetricsModel::KeyRole).toString();
        showVerdicts();
    });
}

QString CompareMetricsPage::legendText(const QPalette& pal)
{
    return tr("<span style='background:%1'>&nbsp;better&nbsp;</span> <span style='background:%2'>&nbsp;worse&nbsp;"
              "</span> than the baseline by the test (p &lt; 0.05), by each metric's direction (arrow). "
              "<span style='background:%3'>&nbsp;%5 better&nbsp;</span> <span style='background:%4'>&nbsp;%6 "
              "worse&nbsp;</span>: one run on a side, no test possible, only the direction of the change. No "
              "colour: inside the noise, equal, or a metric without a direction (bar). Right-click a metric to "
              "change its direction.")
        .arg(CompareColors::betterBackground(pal).name(), CompareColors::worseBackground(pal).name(),
             CompareColors::leansBetterBackground(pal).name(), CompareColors::leansWorseBackground(pal).name(),
             CompareColors::markGlyph(CompareMark::LeansBetter), CompareColors::markGlyph(CompareMark::LeansWorse));
}

void CompareMetricsPage::setComparison(const Comparison& comparison, const QVector<QColor>& columnColors)
{
    m_model->setComparison(comparison, columnColors);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_verdicts->setVisible(m_model->hasGroups());
    // Keep the metric the user was looking at selected across recomputations.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QModelIndex i = m_proxy->index(r, 0);
        if (i.data(CompareMetricsModel::KeyRole).toString() == m_currentKey || m_currentKey.isEmpty()) {
            // Current (for the verdicts and the keyboard) without looking selected.
            m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
            break;
        }
    }
    showVerdicts();
}

QString CompareMetricsPage::verdictText() const { return m_verdicts->toPlainText(); }

void CompareMetricsPage::showVerdicts()
{
    int sourceRow = -1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(CompareMetricsModel::KeyRole).toString() == m_currentKey)
            sourceRow = r;
    auto sentences = m_model->verdicts(sourceRow);
    if (!m_model->hasGroups() || sourceRow < 0) {
        m_verdicts->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Is it better? Welch's t-test on %1 against the baseline")
                                                              .arg(m_currentKey.toHtmlEscaped()));
    if (sentences.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No column is a group of runs: nothing to test."));
    html += QStringLiteral("<ul>");
    for (const auto& [column, sentence] : sentences)
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(column.toHtmlEscaped(), sentence.toHtmlEscaped());
    html += QStringLiteral("</ul><p><small>%1</small></p>")
                .arg(tr("p is the chance of a difference this large if both configs were equally good. "
                        "With few seeds only large differences can be shown; see docs/statistics.md."));
    m_verdicts->setHtml(html);
}

void CompareMetricsPage::addDirectionActions(QMenu& menu, const QModelIndex& index)
{
    QString key = index.data(CompareMetricsModel::KeyRole).toString();
    if (key.isEmpty())
        return;
    auto direction = MetricDirection(index.data(CompareMetricsModel::DirectionRole).toInt());
    bool chosen = index.data(CompareMetricsModel::DirectionChosenRole).toBool();
    auto* group = new QActionGroup(&menu);
    auto add = [&](const QString& text, int value, bool checked) {
        QAction* a = menu.addAction(text, this, [this, key, value] { emit directionRequested(key, value); });
        a->setCheckable(true);
        a->setChecked(checked);
        a->setData(value);
        group->addAction(a);
    };
    menu.addSection(tr("Direction of %1").arg(key));
    add(tr("&Higher is better"), int(MetricDirection::Max), chosen && direction == MetricDirection::Max);
    add(tr("&Lower is better"), int(MetricDirection::Min), chosen && direction == MetricDirection::Min);
    MetricDirection byName = directionFromName(key.toStdString());
    QString rule = byName == MetricDirection::Max   ? tr("higher is better")
                   : byName == MetricDirection::Min ? tr("lower is better")
                                                    : tr("no direction");
    add(tr("&Automatic (from the name: %1)").arg(rule), AutomaticDirection, !chosen);
}

} // namespace runlens
