#pragma once

#include "runlens/store/Store.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace runlens {

// The GUI's one door to the store: wraps core's Store, turns its errors into messages
// for the window, and tells views what changed. Widgets never see SQL or sqlite3.
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
    void close();
    bool isOpen() const { return m_store.has_value(); }
    QString path() const;
    bool isReadOnly() const;
    QString lastError() const { return m_lastError; }
    Store* store() { return m_store ? &*m_store : nullptr; }

    // --- reading ---
    std::vector<ExperimentRecord> experiments();
    std::vector<RunRecord> runs(const RunFilter& filter = {});
    std::optional<RunRecord> run(const QString& uuid);
    SeriesData metric(const QString& uuid, const QString& key, bool withTimes);
    SeriesData seriesTail(std::int64_t seriesId, std::int64_t from);
    std::vector<ArtifactRecord> artifacts(const QString& uuid);
    // -1 when no store is open or it cannot be read.
    std::int64_t dataVersion();
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

    // Fills the store with the demo training runs; progress(done, total) may cancel.
    bool fillWithDemoData(const std::function<bool(int, int)>& progress = {});

signals:
    // A different store was opened (or closed): views load everything again.
    void storeChanged();
    void runsEdited(const QStringList& uuids);
    void runsDeleted(const QStringList& uuids);
    void experimentsEdited();
    void errorOccurred(const QString& message);
    void warning(const QString& message);

private:
    // Runs f; on a StoreError reports it (loudly or quietly) and returns false.
    bool attempt(const std::function<void()>& f, bool quiet = false);
    void fail(const QString& message, bool quiet);

    std::optional<Store> m_store;
    QString m_lastError;
    double m_heartbeatTimeout = kHeartbeatTimeoutSeconds;
};

} // namespace runlens
