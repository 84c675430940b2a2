#pragma once

#include "runs/RunColumn.h"
#include "runlens/model/RunRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace runlens {

// The runs of the open store as table rows: status, name, experiment, start, duration,
// then the columns the user chose (any param, tag, or a metric's last / min / max).
// Holds the records (no points: the store keeps summaries next to them), so every cell
// is computed on demand and filtering or sorting 10 000 runs never touches the store.
//
// Live updates go through mergeRuns()/updateRun(): rows change, arrive and leave with
// the fine-grained signals, never a model reset, so selection and scroll position stay.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;  // a number or text: numbers as numbers
    static constexpr int RunIdRole = Qt::UserRole + 2; // the run uuid
    static constexpr int HeaderGroupRole = Qt::UserRole + 3; // header: "Params", "Metrics", "Tags" or ""

    explicit RunTableModel(QObject* parent = nullptr);

    // Replaces every run (another store was opened): a model reset.
    void setRuns(std::vector<RunRecord> runs);
    // Brings the rows in line with `runs` without a reset. Returns how many rows were
    // changed, inserted and removed.
    struct MergeResult {
        int changed = 0, inserted = 0, removed = 0;
    };
    MergeResult mergeRuns(std::vector<RunRecord> runs);
    // Appends runs that are not shown yet (one rowsInserted).
    void addRuns(std::vector<RunRecord> runs);
    // Replaces (or appends) one run. Returns true if anything visible changed.
    bool updateRun(RunRecord run);
    void removeRuns(const QStringList& uuids);

    const std::vector<RunRecord>& runs() const { return m_runs; }
    const RunRecord* runAt(int row) const;
    const RunRecord* runById(const QString& uuid) const;
    int rowOf(const QString& uuid) const { return m_rowById.value(uuid, -1); }

    // The user-chosen columns after the fixed ones.
    void setUserColumns(const QList<RunColumn>& columns);
    // Adds the columns not shown yet without a reset (selection and scrolling stay),
    // each beside its kind: params, tags, metrics. Returns where the new ones are.
    QList<int> addUserColumns(const QList<RunColumn>& columns);
    QList<RunColumn> userColumns() const { return m_columns.mid(RunColumn::fixedColumns().size()); }
    const RunColumn& columnAt(int column) const { return m_columns[column]; }
    int columnOf(const RunColumn& c) const { return int(m_columns.indexOf(c)); }
    // Params that differ between runs and the last value of each metric: what a new
    // store shows before the user picks columns.
    static constexpr int kSuggestedParams = 5, kSuggestedMetrics = 6;
    QList<RunColumn> suggestedColumns(int maxParams = kSuggestedParams, int maxMetrics = kSuggestedMetrics) const;

    // Keys over all runs, sorted: for the column chooser and the query bar's completion.
    QStringList paramKeys() const { return m_paramKeys; }
    QStringList tagKeys() const { return m_tagKeys; }
    QStringList metricKeys() const { return m_metricKeys; }

    // Compares two rows on a column; nullopt when either side has no value (the proxy
    // keeps such rows last in both orders).
    std::optional<int> compare(int rowA, int rowB, int column) const;
    bool hasValue(int row, int column) const;
    // Lower-case text the quick filter searches: name, id, experiment, tags.
    const std::string& searchText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Editing a name asks for a rename; the window does it (with undo) and calls updateRun.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    // Rows drag out as run ids (RunIdsMime): into the diagram editor, or as text anywhere.
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

signals:
    void keysChanged();
    void renameRequested(const QString& uuid, const QString& name);

private:
    QVariant display(const RunRecord& run, const RunColumn& column) const;
    QVariant sortValue(const RunRecord& run, const RunColumn& column) const;
    void rebuildIndex();
    void rebuildKeys();
    void appendRows(std::vector<RunRecord> runs);
    void emitRowsChanged(std::vector<int> rows);

    std::vector<RunRecord> m_runs;
    mutable std::vector<std::string> m_search; // lazily built per row
    QHash<QString, int> m_rowById;
    QList<RunColumn> m_columns;
    std::vector<std::string> m_columnKeys; // each column's key in UTF-8: sorting compares without converting
    QStringList m_paramKeys, m_tagKeys, m_metricKeys;
};

} // namespace runlens
