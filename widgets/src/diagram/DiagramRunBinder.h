#pragma once

#include "diagram/DiagramLiveState.h"

#include "runlens/model/RunRecord.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace runlens {

class DiagramDocument;
class StoreSession;
struct DiagramNode;

// Resolves what each node of a diagram shows from the store and keeps it live:
//  - a node bound to a run shows that run;
//  - a node bound to an experiment shows the experiment's newest run;
//  - a node bound to a step (or, once a parent run is chosen, any unbound box whose
//    title is the name of one of its child runs) shows that child of the parent run.
// It reads again when the session's StoreWatcher reports changed runs (a run whose
// heartbeat stopped is one: the watcher applies core's liveness rule); metric points
// are fetched as the tail appended since the last read, never the whole series again.
class DiagramRunBinder : public QObject {
    Q_OBJECT
public:
    DiagramRunBinder(StoreSession* session, const DiagramDocument* document, QObject* parent = nullptr);

    QString parentRun() const { return m_parent; }
    void setParentRun(const QString& uuid);
    // The state of a node ("nothing bound" when unknown).
    DiagramLiveState state(const std::string& nodeId) const;
    // Resolves every node again now.
    void refresh();
    // Resolves soon (after the current event): bindings changed, a diagram was opened.
    void refreshSoon();
    // Forgets everything read (another store was opened) and resolves again.
    void reset();

signals:
    void stateChanged(const QString& nodeId, const runlens::DiagramLiveState& state);

private:
    struct SeriesCache {
        std::int64_t seriesId = 0;
        std::int64_t count = 0;
        std::vector<double> values;
    };
    // The runs read during one refresh, so that nodes sharing a run read it once.
    struct Snapshot {
        std::optional<RunRecord> parent;
        std::map<QString, RunRecord> children;          // by lower-cased name, newest wins
        std::map<std::string, std::optional<RunRecord>> runs;
        std::map<std::string, std::vector<RunRecord>> experiments;
    };

    Snapshot readSnapshot(const std::vector<const DiagramNode*>& nodes);
    DiagramLiveState resolve(const DiagramNode& node, Snapshot& snapshot);
    DiagramLiveState describe(const RunRecord& run, const std::string& metricKey);
    void fillMetric(DiagramLiveState& state, const RunRecord& run, const std::string& metricKey);
    const std::vector<double>& seriesValues(const RunRecord& run, const SeriesSummary& summary);
    static QString toolTip(const RunRecord& run, const DiagramLiveState& state);

    StoreSession* m_session;
    const DiagramDocument* m_document;
    QString m_parent;
    QTimer m_soon;
    std::unordered_map<std::string, DiagramLiveState> m_states;
    std::map<std::pair<std::string, std::string>, SeriesCache> m_series; // (run uuid, key)
    std::set<std::pair<std::string, std::string>> m_seriesUsed;         // during one refresh
};

} // namespace runlens
