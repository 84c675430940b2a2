#pragma once

#include "runlens/compare/Comparison.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

namespace runlens {

// The params (or run-info) rows of a Comparison as a table: column 0 the key, then one
// column per run or group. Rows whose columns differ get the "differs" background;
// cells that differ from the baseline's cell are bold. Mixed group cells (seeds that
// disagree) are italic and say so in their tooltip. Nothing is computed here: the
// differences are core's (CompareRow::differs).
class CompareRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Params, Info };
    enum Role {
        DiffersRole = Qt::UserRole + 1, // bool, any column: the row differs between columns
        DiffersFromBaselineRole,        // bool: this cell is not the baseline's cell
        SortRole,                       // number when the cell has one, else text
        KeyRole                         // the row's key (param key, or info key)
    };

    explicit CompareRowsModel(Kind kind, QObject* parent = nullptr);

    void setComparison(const Comparison& comparison, const QVector<QColor>& columnColors);
    Kind kind() const { return m_kind; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated name of a run-info key ("git_commit" → "Git commit").
    static QString infoLabel(const std::string& key);

private:
    QString cellText(const CompareRow& row, std::size_t column) const;
    QVariant cellData(const CompareRow& row, std::size_t column, int role) const;
    QString statusText(std::size_t column) const;

    Kind m_kind;
    std::vector<CompareRow> m_rows;
    std::vector<RunGroup> m_columns;
    std::size_t m_baseline = 0;
    QVector<QColor> m_colors;
};

} // namespace runlens
