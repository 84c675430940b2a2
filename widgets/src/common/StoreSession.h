#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/DiagramStore.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/import/ImportOptions.h"
#include "runlens/import/ImportReport.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/store/Store.h"
#include "runlens/sync/StoreSync.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace runlens {

class StoreWatcher;

// The GUI's one door to the store: wraps core's Store (and the diagram and direction
// stores over it), turns their errors into messages for the window, and owns the one
// StoreWatcher that tells views what changed. Widgets never see a Store, SQL or sqlite3.
//
// Errors of what the user asked for (open, rename, delete…) are reported with
// errorOccurred, which the window shows in a dialog; errors while polling or reading in
// the background only with warning, which goes to the status bar, so a busy store never
// buries the user in message boxes.
class StoreSession : public QObject {
    Q_OBJECT
public:
    explicit StoreSession(QObject* parent = nullptr);

    // Opens path (read-write, or read-only when the file is not writable); a path that
    // does not exist yet becomes a new store. On failure returns false and sets
    // lastError(); the previous store stays open.
    bool open(const QString& path);
    // Opens an existing store for reading only (a viewer's session).
    bool openReadOnly(const QString& path);
    void close();
    bool isOpen() const { return m_store.has_value(); }
    QString path() const;
    bool isReadOnly() const;
    QString lastError() const { return m_lastError; }
    // The one source of change events; views subscribe to it and never poll.
    StoreWatcher* watcher() const { return m_watcher; }

    // --- reading ---
    std::vector<ExperimentRecord> experiments();
    std::vector<RunRecord> runs(const RunFilter& filter = {});
    std::optional<RunRecord> run(const QString& uuid);
    SeriesData metric(const QString& uuid, const QString& key, bool withTimes, const QString& slice = {});
    // (key, slice) of every series of a run.
    std::vector<std::pair<std::string, std::string>> metricKeys(const QString& uuid);
    SeriesData seriesTail(std::int64_t seriesId, std::int64_t from);
    std::vector<ArtifactRecord> artifacts(const QString& uuid);
    // -1 when no store is open or it cannot be read.
    std::int64_t dataVersion();
    // A team store's notification socket (-1: none, poll dataVersion) and whether what
    // arrived on it concerns this store (core's Store::changeSocket, takeChanges).
    int changeSocket();
    bool takeChanges();
    // A local file with an artifact's bytes (fetched from a team store on first use);
    // empty, with a message (quiet: in the status bar), when it cannot be had.
    QString artifactFile(const QString& uuid, const QString& path, bool quiet = false);
    std::int64_t runCount();
    // Seconds without a heartbeat after which a running run is shown as crashed.
    void setHeartbeatTimeout(double seconds) { m_heartbeatTimeout = seconds; }
    double heartbeatTimeout() const { return m_heartbeatTimeout; }

    // --- editing: each emits runsEdited (or runsDeleted) on success ---
    bool renameRun(const QString& uuid, const QString& name);
    bool setTag(const QString& uuid, const QString& key, const QString& value);
    bool removeTag(const QString& uuid, const QString& key);
    bool setNotes(const QString& uuid, const QString& notes);
    bool setArchived(const QStringList& uuids, bool archived);
    bool setExperimentArchived(const QString& experiment, bool archived);
    bool deleteRuns(const QStringList& uuids);

    // --- metric directions (lower/higher is better), shared by every view and report ---
    MetricDirections metricDirections();
    // Stores the user's choice for key; nullopt forgets it (the name rule decides again).
    bool setMetricDirection(const QString& key, std::optional<MetricDirection> direction);

    // --- diagrams kept in the store; saving and removing emit diagramsEdited ---
    std::vector<DiagramInfo> diagrams();
    std::optional<Diagram> loadDiagram(const QString& uuid);
    std::optional<DiagramInfo> diagramOfRun(const QString& runUuid);
    bool saveDiagram(const Diagram& diagram);
    bool removeDiagram(const QString& uuid);
    // The steps of a pipeline parent run, by core's rule (PipelineDiagram::stepsOf).
    // Throws DiagramError when its description tag is malformed.
    std::vector<PipelineStep> pipelineSteps(const RunRecord& parent, bool* described = nullptr);

    // Imports paths into the open store on a connection of its own, so it may run on a
    // worker thread while the window keeps reading. Store errors land in the report.
    ImportReport importPaths(const std::vector<std::string>& paths, const ImportOptions& options) const;

    // Brings runs from the store at source into the one at target (paths; either may be
    // the open store). Core opens both on connections of its own, so this may run on a
    // worker thread while the window keeps reading. SyncReport has no place for a store
    // error, so one lands in error (and the report stays empty).
    SyncReport syncStores(const std::string& source, const std::string& target, const SyncOptions& options,
                          const StoreSync::ProgressFn& progress, QString& error) const;

    // Fills the store with the demo training runs; progress(done, total) may cancel.
    bool fillWithDemoData(const std::function<bool(int, int)>& progress = {});

signals:
    // A different store was opened (or closed): views load everything again.
    void storeChanged();
    void runsEdited(const QStringList& uuids);
    void runsDeleted(const QStringList& uuids);
    void experimentsEdited();
    void diagramsEdited();
    void errorOccurred(const QString& message);
    void warning(const QString& message);

private:
    // Makes the store opener() returns the open one; on failure keeps the previous.
    bool adopt(const std::function<Store()>& opener);
    // Runs f; on a StoreError reports it (loudly or quietly) and returns false.
    bool attempt(const std::function<void()>& f, bool quiet = false);
    void fail(const QString& message, bool quiet);

    std::optional<Store> m_store;
    StoreWatcher* m_watcher;
    QString m_lastError;
    double m_heartbeatTimeout = kHeartbeatTimeoutSeconds;
};

} // namespace runlens
