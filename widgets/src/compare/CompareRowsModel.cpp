#include "compare/CompareRowsModel.h"

#include "compare/CompareColors.h"
#include "compare/CompareTableView.h"
#include "common/StatusStyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace runlens {

CompareRowsModel::CompareRowsModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), m_kind(kind) {}

void CompareRowsModel::setComparison(const Comparison& comparison, const QVector<QColor>& columnColors)
{
    beginResetModel();
    m_rows = m_kind == Kind::Params ? comparison.params : comparison.info;
    m_columns = comparison.columns;
    m_baseline = comparison.baseline;
    m_colors = columnColors;
    endResetModel();
}

int CompareRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString CompareRowsModel::infoLabel(const std::string& key)
{
    if (key == "experiment")
        return tr("Experiment");
    if (key == "status")
        return tr("Status");
    if (key == "git_commit")
        return tr("Git commit");
    if (key == "host")
        return tr("Host");
    if (key == "command")
        return tr("Command");
    if (key == "duration")
        return tr("Duration");
    return QString::fromStdString(key);
}

// Status and duration read in the user's language; every other value as logged.
QString CompareRowsModel::statusText(std::size_t column) const
{
    std::vector<RunStatus> seen;
    for (const auto& run : m_columns[column].runs)
        if (std::find(seen.begin(), seen.end(), run.status) == seen.end())
            seen.push_back(run.status);
    QStringList parts;
    for (auto s : seen)
        parts << StatusStyle::label(s);
    return parts.join(QStringLiteral(", "));
}

QString CompareRowsModel::cellText(const CompareRow& row, std::size_t column) const
{
    const CompareCell& cell = row.cells[column];
    if (!cell.present)
        return QStringLiteral("–");
    if (m_kind == Kind::Info && row.key == "status")
        return statusText(column);
    if (m_kind == Kind::Info && row.key == "duration") {
        QString d = StatusStyle::duration(cell.number);
        return m_columns[column].runs.size() > 1 ? tr("%1 (mean)").arg(d) : d;
    }
    return QString::fromStdString(cell.text);
}

QVariant CompareRowsModel::cellData(const CompareRow& row, std::size_t column, int role) const
{
    const CompareCell& cell = row.cells[column];
    bool differsFromBaseline = !(cell == row.cells[m_baseline]);
    switch (role) {
    case Qt::DisplayRole: return cellText(row, column);
    case Qt::EditRole:
    case SortRole: return cell.number == cell.number ? QVariant(cell.number) : QVariant(cellText(row, column));
    case Qt::ToolTipRole: {
        QString text = cellText(row, column).toHtmlEscaped();
        if (!cell.present)
            return tr("No run of this column has %1.").arg(QString::fromStdString(row.key).toHtmlEscaped());
        if (cell.mixed)
            text += QStringLiteral("<br><i>") + tr("The runs of this group differ (or some lack the value).")
                    + QStringLiteral("</i>");
        if (differsFromBaseline)
            text += QStringLiteral("<br>") + tr("Differs from the baseline (%1).")
                                                 .arg(cellText(row, m_baseline).toHtmlEscaped());
        return text;
    }
    case Qt::FontRole: {
        if (!differsFromBaseline && !cell.mixed)
            return {};
        QFont f;
        f.setBold(differsFromBaseline);
        f.setItalic(cell.mixed);
        return f;
    }
    case Qt::ForegroundRole:
        if (!cell.present)
            return CompareColors::changeText(CompareChange::Unknown, QApplication::palette());
        return {};
    case DiffersFromBaselineRole: return differsFromBaseline;
    default: return {};
    }
}

QVariant CompareRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CompareRow& row = m_rows[std::size_t(index.row())];
    if (role == DiffersRole)
        return row.differs;
    if (role == KeyRole)
        return QString::fromStdString(row.key);
    if (role == Qt::BackgroundRole)
        return row.differs ? QVariant(CompareColors::differsBackground(QApplication::palette())) : QVariant();
    if (index.column() == 0) {
        QString key = m_kind == Kind::Info ? infoLabel(row.key) : QString::fromStdString(row.key);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole: return key;
        case Qt::ToolTipRole:
            return row.differs ? tr("%1 differs between the columns.").arg(key)
                               : tr("%1 is the same in every column.").arg(key);
        default: return {};
        }
    }
    return cellData(row, std::size_t(index.column() - 1), role);
}

QVariant CompareRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(m_kind == Kind::Params ? tr("Param") : tr("Run info")) : QVariant();
    std::size_t column = std::size_t(section - 1);
    if (column >= m_columns.size())
        return {};
    const RunGroup& group = m_columns[column];
    QString label = QString::fromStdString(group.label);
    switch (role) {
    case Qt::DisplayRole: return column == m_baseline ? tr("%1 (baseline)").arg(label) : label;
    case Qt::DecorationRole:
        return column < std::size_t(m_colors.size()) ? QVariant(CompareColors::swatch(m_colors[int(column)])) : QVariant();
    case Qt::ToolTipRole: {
        QStringList names;
        for (const auto& run : group.runs)
            names << QString::fromStdString(run.name.empty() ? run.uuid : run.name).toHtmlEscaped();
        QString tip = QStringLiteral("<b>%1</b><br>").arg(label.toHtmlEscaped()) + names.join(QStringLiteral("<br>"));
        if (column != m_baseline)
            tip += QStringLiteral("<br><i>") + tr("Right-click to use as baseline.") + QStringLiteral("</i>");
        return tip;
    }
    case Qt::FontRole: {
        if (column != m_baseline)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case CompareTableView::HeaderBaselineRole: return column == m_baseline;
    default: return {};
    }
}

} // namespace runlens
