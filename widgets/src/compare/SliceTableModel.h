#pragma once

#include "runlens/compare/SliceTable.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

namespace runlens {

// Core's SliceTable as rows: one per metric × slice × column (run or group) that
// logged the slice, with the column's overall value beside it, the gap to overall, the
// delta to the baseline's slice and the flags as icons. Row order is core's (worst
// slice first after build); SliceView re-sorts through core, the header sorts through
// a proxy. Gaps in the grid (a column without the slice) are left out here; the
// heatmap shows them.
class SliceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Slice, Flags, Run, Value, Overall, Gap, Baseline, Delta, RelDelta, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        MuchWorseRole,    // bool
        RegressedRole,    // bool
        ChangeRole,       // int CompareChange of the slice vs the baseline's slice
        ColumnIndexRole,  // std::size_t as qulonglong: the run/group column of the row
    };

    explicit SliceTableModel(QObject* parent = nullptr);

    // key "" shows every metric key.
    void setTable(const SliceTable& table, const QString& key, const QVector<QColor>& columnColors);
    void setOnlyFlagged(bool on);
    const SliceRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QVariant display(const SliceRow& row, int column) const;
    QVariant sortValue(const SliceRow& row, int column) const;

    SliceTable m_table;
    QString m_key;
    bool m_onlyFlagged = false;
    QVector<QColor> m_colors;
    std::vector<const SliceRow*> m_rows;
};

} // namespace runlens
