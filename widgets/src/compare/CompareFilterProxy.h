#pragma once

#include <QSortFilterProxyModel>

namespace runlens {

// Sorting and filtering for the comparison tables: numbers sort as numbers (NaN last),
// text in natural order ("layer2" before "layer10"); rows can be filtered by a text in
// their key and, for params and run info, to those that differ between columns.
class CompareFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // differsRole: the source role that says a row differs (0: the model has none).
    CompareFilterProxy(int sortRole, int differsRole, QObject* parent = nullptr);

    void setOnlyDifferences(bool on);
    bool onlyDifferences() const { return m_onlyDifferences; }
    void setKeyFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_differsRole;
    bool m_onlyDifferences = false;
    QString m_keyFilter;
};

} // namespace runlens
