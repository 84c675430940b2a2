#pragma once

#include "runlens/RunRecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace runlens {

// Runs as table rows: status, name, experiment, start, duration, and the last value
// of each overall metric. Sorting is done by a proxy on SortRole, numbers as numbers.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Name, Experiment, Started, Duration, FixedColumns };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RunIdRole = Qt::UserRole + 2;

    explicit RunTableModel(QObject* parent = nullptr);

    void setRuns(std::vector<RunRecord> runs);
    const RunRecord* runAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant fixedData(const RunRecord& run, int column, int role) const;
    QVariant metricData(const RunRecord& run, const QString& key, int role) const;

    std::vector<RunRecord> m_runs;
    QStringList m_metricKeys; // overall metric keys present in any run
};

} // namespace runlens
