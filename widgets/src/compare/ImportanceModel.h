#pragma once

#include "runlens/compare/ParamImportance.h"

#include <QAbstractTableModel>

namespace runlens {

// Core's ParamImportance entries as a sortable table: per param its share of the
// importance, the importance with its spread over the shuffles, the correlations with
// the metric (Pearson and Spearman for numbers, η for categories) and the ridge
// coefficient. Nothing is computed here.
class ImportanceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Param, Share, Importance, Pearson, Spearman, Ratio, Coefficient, Missing, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ImportanceModel(QObject* parent = nullptr);

    void setResult(const ParamImportance& result);
    const ParamImportance& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ParamImportance::Entry& e, int column) const;
    QVariant sortValue(const ParamImportance::Entry& e, int column) const;
    QString toolTip(const ParamImportance::Entry& e, int column) const;

    ParamImportance m_result;
};

} // namespace runlens
