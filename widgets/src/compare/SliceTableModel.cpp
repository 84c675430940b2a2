#include "compare/SliceTableModel.h"

#include "compare/CompareColors.h"
#include "compare/CompareFormat.h"
#include "compare/SliceFlags.h"

#include "runlens/compare/Verdict.h" // compareMark takes an optional<Verdict>

#include <QApplication>
#include <QPalette>

namespace runlens {

SliceTableModel::SliceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SliceTableModel::setTable(const SliceTable& table, const QString& key, const QVector<QColor>& columnColors)
{
    beginResetModel();
    m_table = table;
    m_key = key;
    m_colors = columnColors;
    rebuild();
    endResetModel();
}

void SliceTableModel::setOnlyFlagged(bool on)
{
    beginResetModel();
    m_onlyFlagged = on;
    rebuild();
    endResetModel();
}

void SliceTableModel::rebuild()
{
    m_rows.clear();
    std::string key = m_key.toStdString();
    for (const auto& row : m_table.rows) {
        if (row.runs == 0 || (!key.empty() && row.key != key))
            continue;
        if (m_onlyFlagged && !row.muchWorseThanOverall && !row.regressedWhileOverallImproved)
            continue;
        m_rows.push_back(&row);
    }
}

const SliceRow* SliceTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : nullptr;
}

int SliceTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SliceTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SliceTableModel::display(const SliceRow& row, int column) const
{
    switch (column) {
    case Metric: return QString::fromStdString(row.key);
    case Slice: return QString::fromStdString(row.slice);
    case Flags: return QString(); // icons; the words are in the tooltip and in copies
    case Run: return row.column < m_table.labels.size() ? QString::fromStdString(m_table.labels[row.column]) : QString();
    case Value: return CompareFormat::number(row.value);
    case Overall: return CompareFormat::number(row.overall);
    case Gap: return CompareFormat::signedNumber(row.gap);
    case Baseline: return row.column == m_table.baseline ? tr("(baseline)") : CompareFormat::number(row.baseline);
    case Delta: return row.column == m_table.baseline ? QString() : CompareFormat::signedNumber(row.delta);
    case RelDelta: return row.column == m_table.baseline ? QString() : CompareFormat::percent(row.relDelta);
    }
    return {};
}

QVariant SliceTableModel::sortValue(const SliceRow& row, int column) const
{
    switch (column) {
    case Value: return row.value;
    case Overall: return row.overall;
    case Gap: return row.gap;
    case Baseline: return row.baseline;
    case Delta: return row.delta;
    case RelDelta: return row.relDelta;
    case Flags: return double(int(row.muchWorseThanOverall) + 2 * int(row.regressedWhileOverallImproved));
    case Run: return double(row.column);
    default: return display(row, column);
    }
}

QVariant SliceTableModel::data(const QModelIndex& index, int role) const
{
    const SliceRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(*row, column);
    case SortRole: return sortValue(*row, column);
    case MuchWorseRole: return row->muchWorseThanOverall;
    case RegressedRole: return row->regressedWhileOverallImproved;
    case ChangeRole: return int(row->change);
    case ColumnIndexRole: return qulonglong(row->column);
    case Qt::DecorationRole:
        if (column == Flags)
            return SliceFlags::icon(*row);
        if (column == Run && row->column < std::size_t(m_colors.size()))
            return CompareColors::swatch(m_colors[int(row->column)]);
        return {};
    case Qt::ToolTipRole:
        if (column == Flags || column == Slice || column == Gap)
            if (QString tip = SliceFlags::toolTip(*row); !tip.isEmpty())
                return tip;
        if (column == Gap)
            return tr("How much worse than the overall value this slice is (positive: worse).");
        if (column == Delta || column == RelDelta)
            return tr("Change against the baseline's value of the same slice.");
        return {};
    case Qt::BackgroundRole: {
        const QPalette pal = QApplication::palette();
        if ((column == Delta || column == RelDelta) && row->column != m_table.baseline) {
            // Slices are compared without a test: a lean at most, never a verdict's colour.
            QColor c = CompareColors::markBackground(compareMark(row->change, std::nullopt), pal);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        if (column == Gap && row->muchWorseThanOverall)
            return CompareColors::worseBackground(pal);
        return {};
    }
    case Qt::TextAlignmentRole:
        return column >= Value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default: return {};
    }
}

QVariant SliceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // In Column order.
    const QStringList titles{tr("Metric"), tr("Slice"), tr("Flags"), tr("Run or group"), tr("Value"), tr("Overall"),
                             tr("Worse than overall by"), tr("Baseline"), tr("Δ baseline"), tr("Δ %")};
    return titles.value(section);
}

} // namespace runlens
