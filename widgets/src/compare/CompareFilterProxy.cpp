#include "compare/CompareFilterProxy.h"

#include <QCollator>

#include <cmath>

namespace runlens {

CompareFilterProxy::CompareFilterProxy(int sortRole, int differsRole, QObject* parent)
    : QSortFilterProxyModel(parent), m_differsRole(differsRole)
{
    setSortRole(sortRole);
}

void CompareFilterProxy::setOnlyDifferences(bool on)
{
    if (on == m_onlyDifferences)
        return;
    m_onlyDifferences = on;
    invalidateFilter();
}

void CompareFilterProxy::setKeyFilter(const QString& text)
{
    if (text == m_keyFilter)
        return;
    m_keyFilter = text;
    invalidateFilter();
}

bool CompareFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    QModelIndex key = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyDifferences && m_differsRole && !key.data(m_differsRole).toBool())
        return false;
    return m_keyFilter.isEmpty() || key.data().toString().contains(m_keyFilter, Qt::CaseInsensitive);
}

bool CompareFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    QVariant l = left.data(sortRole()), r = right.data(sortRole());
    bool ln = l.typeId() == QMetaType::Double, rn = r.typeId() == QMetaType::Double;
    if (ln && rn) {
        double a = l.toDouble(), b = r.toDouble();
        // Missing values last whichever way the column is sorted would need the order;
        // last in ascending order is what a reader scanning from the top expects.
        if (std::isnan(a) || std::isnan(b))
            return !std::isnan(a) && std::isnan(b);
        return a < b;
    }
    if (ln != rn)
        return ln; // numbers before text
    static const QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(l.toString(), r.toString()) < 0;
}

} // namespace runlens
