#include "RunTableModel.h"

#include "StatusStyle.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace runlens {

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(std::vector<RunRecord> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    QSet<QString> keys;
    for (const auto& r : m_runs)
        for (const auto& s : r.series)
            if (s.slice.empty() && !QString::fromStdString(s.key).startsWith(QLatin1String("sys/")))
                keys.insert(QString::fromStdString(s.key));
    m_metricKeys = QStringList(keys.begin(), keys.end());
    std::sort(m_metricKeys.begin(), m_metricKeys.end());
    endResetModel();
}

const RunRecord* RunTableModel::runAt(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[std::size_t(row)] : nullptr;
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_metricKeys.size());
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status: return tr("Status");
    case Name: return tr("Name");
    case Experiment: return tr("Experiment");
    case Started: return tr("Started");
    case Duration: return tr("Duration");
    default: return m_metricKeys.value(section - FixedColumns);
    }
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    const RunRecord* run = runAt(index.row());
    if (!run)
        return {};
    if (role == RunIdRole)
        return QString::fromStdString(run->uuid);
    if (index.column() < FixedColumns)
        return fixedData(*run, index.column(), role);
    return metricData(*run, m_metricKeys.value(index.column() - FixedColumns), role);
}

QVariant RunTableModel::fixedData(const RunRecord& run, int column, int role) const
{
    switch (column) {
    case Status:
        if (role == Qt::DisplayRole)
            return StatusStyle::label(run.status);
        if (role == Qt::DecorationRole)
            return StatusStyle::icon(run.status);
        if (role == SortRole)
            return int(run.status);
        break;
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(run.name);
        if (role == Qt::ToolTipRole)
            return QString::fromStdString(run.uuid);
        break;
    case Experiment:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(run.experiment);
        break;
    case Started:
        if (role == Qt::DisplayRole)
            return QDateTime::fromMSecsSinceEpoch(qint64(run.startTime * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (role == SortRole)
            return run.startTime;
        break;
    case Duration:
        if (role == Qt::DisplayRole)
            return StatusStyle::duration(run.duration());
        if (role == SortRole)
            return run.duration();
        break;
    }
    return {};
}

QVariant RunTableModel::metricData(const RunRecord& run, const QString& key, int role) const
{
    const SeriesSummary* s = run.metric(key.toStdString());
    if (!s)
        return {};
    if (role == Qt::DisplayRole)
        return std::isnan(s->lastValue) ? QStringLiteral("NaN") : QString::number(s->lastValue, 'g', 5);
    if (role == SortRole)
        return s->lastValue;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace runlens
