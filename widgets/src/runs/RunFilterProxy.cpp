#include "runs/RunFilterProxy.h"

#include "runs/RunTableModel.h"

namespace runlens {

RunFilterProxy::RunFilterProxy(RunTableModel* model, QObject* parent) : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(RunTableModel::SortRole);
    // Live updates change rows one by one: keep them in order and filtered as they change.
    setDynamicSortFilter(true);
}

void RunFilterProxy::refilter()
{
    // invalidateFilter() removes the filtered rows block by block, and a view handles each
    // block on its own: thousands of signals for a query over 10 000 runs. invalidate()
    // maps everything again behind one layoutChanged, keeping the selection.
    invalidate();
}

void RunFilterProxy::setQuery(const Query& query)
{
    m_query = query;
    refilter();
}

void RunFilterProxy::setStatuses(const QSet<RunStatus>& statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    refilter();
}

void RunFilterProxy::setText(const QString& text)
{
    std::string t = text.trimmed().toStdString();
    for (char& c : t)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (t == m_text)
        return;
    m_text = t;
    refilter();
}

void RunFilterProxy::setExperiment(const QString& experiment)
{
    if (experiment == m_experiment)
        return;
    m_experiment = experiment;
    m_experimentUtf8 = experiment.toStdString();
    refilter();
}

void RunFilterProxy::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    refilter();
}

void RunFilterProxy::setArchivedExperiments(const QSet<QString>& names)
{
    if (names == m_archivedExperiments)
        return;
    m_archivedExperiments = names;
    refilter();
}

bool RunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const RunRecord* run = m_model->runAt(sourceRow);
    if (!run)
        return false;
    if (!m_experimentUtf8.empty() && run->experiment != m_experimentUtf8)
        return false;
    if (!m_showArchived
        && (run->archived || (!m_archivedExperiments.isEmpty()
                              && m_archivedExperiments.contains(QString::fromStdString(run->experiment)))))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(run->status))
        return false;
    if (!m_text.empty() && m_model->searchText(sourceRow).find(m_text) == std::string::npos)
        return false;
    return m_query.isEmpty() || m_query.matches(*run);
}

bool RunFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    int column = left.column();
    auto c = m_model->compare(left.row(), right.row(), column);
    if (!c) {
        // Rows without a value go last whichever way the column is sorted.
        bool leftHas = m_model->hasValue(left.row(), column), rightHas = m_model->hasValue(right.row(), column);
        if (leftHas == rightHas)
            return left.row() < right.row();
        bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? leftHas : !leftHas;
    }
    if (*c == 0)
        return left.row() < right.row();
    return *c < 0;
}

} // namespace runlens
