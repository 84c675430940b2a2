#include "compare/CompareRowsPage.h"

#include "compare/CompareFilterProxy.h"
#include "compare/CompareTableView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace runlens {

CompareRowsPage::CompareRowsPage(CompareRowsModel::Kind kind, QWidget* parent)
    : QWidget(parent),
      m_model(new CompareRowsModel(kind, this)),
      m_proxy(new CompareFilterProxy(CompareRowsModel::SortRole, CompareRowsModel::DiffersRole, this)),
      m_table(new CompareTableView(this)),
      m_filter(new QLineEdit(this)),
      m_onlyDiff(new QCheckBox(tr("Only &differences"), this)),
      m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setObjectName(kind == CompareRowsModel::Kind::Params ? QStringLiteral("paramsTable")
                                                                  : QStringLiteral("infoTable"));

    m_filter->setPlaceholderText(kind == CompareRowsModel::Kind::Params ? tr("Filter params…") : tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_onlyDiff->setToolTip(tr("Hide rows that are the same in every column"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_onlyDiff);
    bar->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CompareFilterProxy::setKeyFilter);
    connect(m_onlyDiff, &QCheckBox::toggled, this, &CompareRowsPage::setOnlyDifferences);
    connect(m_table, &CompareTableView::baselineRequested, this, &CompareRowsPage::baselineRequested);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CompareRowsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CompareRowsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CompareRowsPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CompareRowsPage::updateSummary);
}

void CompareRowsPage::setComparison(const Comparison& comparison, const QVector<QColor>& columnColors)
{
    m_model->setComparison(comparison, columnColors);
    m_table->resizeColumnsToContents();
    // Long commands and commit hashes must not push the other columns off screen.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    updateSummary();
}

void CompareRowsPage::setOnlyDifferences(bool on)
{
    if (m_onlyDiff->isChecked() != on)
        m_onlyDiff->setChecked(on); // comes back here through toggled
    m_proxy->setOnlyDifferences(on);
    updateSummary();
}

void CompareRowsPage::updateSummary()
{
    int differ = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        differ += m_model->index(r, 0).data(CompareRowsModel::DiffersRole).toBool();
    m_summary->setText(tr("%1 of %2 differ").arg(differ).arg(m_model->rowCount()));
}

} // namespace runlens
