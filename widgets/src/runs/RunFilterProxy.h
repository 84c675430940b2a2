#pragma once

#include "runlens/model/RunRecord.h"
#include "runlens/query/Query.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace runlens {

class RunTableModel;

// Filters and sorts the runs table without touching the store: by experiment, archived
// state, status, free text and a parsed query (evaluated on the records in memory).
// Sorting compares the records directly, numbers as numbers, and keeps rows without a
// value last in both directions.
class RunFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RunFilterProxy(RunTableModel* model, QObject* parent = nullptr);

    void setQuery(const Query& query);
    const Query& query() const { return m_query; }
    // Only these statuses; empty = every status.
    void setStatuses(const QSet<RunStatus>& statuses);
    QSet<RunStatus> statuses() const { return m_statuses; }
    // Case-insensitive text in the name, id, experiment or tags; "" = any.
    void setText(const QString& text);
    // Only runs of this experiment; "" = every experiment.
    void setExperiment(const QString& experiment);
    QString experiment() const { return m_experiment; }
    // Archived runs, and runs of archived experiments, are hidden unless shown.
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void setArchivedExperiments(const QSet<QString>& names);

    RunTableModel* runModel() const { return m_model; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    RunTableModel* m_model;
    Query m_query;
    QSet<RunStatus> m_statuses;
    std::string m_text;
    QString m_experiment;
    std::string m_experimentUtf8;
    bool m_showArchived = false;
    QSet<QString> m_archivedExperiments;
};

} // namespace runlens
