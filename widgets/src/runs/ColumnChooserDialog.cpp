#include "runs/ColumnChooserDialog.h"

#include "runs/RunTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace runlens {

namespace {
constexpr int ColumnRole = Qt::UserRole + 1;
}

ColumnChooserDialog::ColumnChooserDialog(const RunTableModel* model, QWidget* parent)
    : QDialog(parent), m_before(model->userColumns()), m_filter(new QLineEdit), m_tree(new QTreeWidget)
{
    setWindowTitle(tr("Choose Columns"));
    m_filter->setPlaceholderText(tr("Filter keys"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    addGroup(tr("Parameters"), RunColumn::Kind::Param, model->paramKeys());
    addGroup(tr("Tags"), RunColumn::Kind::Tag, model->tagKeys());
    addGroup(tr("Metrics: last value"), RunColumn::Kind::MetricLast, model->metricKeys());
    addGroup(tr("Metrics: smallest value"), RunColumn::Kind::MetricMin, model->metricKeys());
    addGroup(tr("Metrics: largest value"), RunColumn::Kind::MetricMax, model->metricKeys());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ColumnChooserDialog::filter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(380, 520);
}

void ColumnChooserDialog::addGroup(const QString& title, RunColumn::Kind kind, const QStringList& keys)
{
    if (keys.isEmpty())
        return;
    auto* group = new QTreeWidgetItem(m_tree, {title});
    group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    for (const auto& key : keys) {
        RunColumn column{kind, key};
        auto* item = new QTreeWidgetItem(group, {key});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_before.contains(column) ? Qt::Checked : Qt::Unchecked);
        item->setData(0, ColumnRole, column.toString());
        item->setToolTip(0, column.toolTip());
    }
    group->setExpanded(kind != RunColumn::Kind::MetricMin && kind != RunColumn::Kind::MetricMax);
}

void ColumnChooserDialog::filter(const QString& text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            group->child(i)->setHidden(!group->child(i)->text(0).contains(text, Qt::CaseInsensitive));
        if (!text.isEmpty())
            group->setExpanded(true);
    }
}

QList<RunColumn> ColumnChooserDialog::columns() const
{
    QList<RunColumn> chosen;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Checked)
                chosen << *RunColumn::fromString(group->child(i)->data(0, ColumnRole).toString());
        }
    }
    QList<RunColumn> out;
    for (const auto& c : m_before) {
        if (chosen.contains(c))
            out << c;
    }
    for (const auto& c : chosen) {
        if (!out.contains(c))
            out << c;
    }
    return out;
}

} // namespace runlens
