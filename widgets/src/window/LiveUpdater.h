#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace runlens {

class RunTableModel;
class StoreSession;

// Keeps the runs model in step with the store while other processes write to it.
//
// Every interval (500 ms) it asks the store for its data version — one pragma, so an
// idle store costs nothing more. When it moved: if the number of runs changed, the runs
// are read again and merged (rows inserted, changed, removed — never a reset); else only
// the running runs are read again. Every few seconds the running runs are read even
// without a change, so a run whose process died turns "crashed".
class LiveUpdater : public QObject {
    Q_OBJECT
public:
    struct Stats {
        int polls = 0;
        int changes = 0;     // data version moved
        int fullLoads = 0;   // every run read again
        int liveReads = 0;   // running runs read again
    };

    LiveUpdater(StoreSession* session, RunTableModel* model, QObject* parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void setLivenessInterval(int ms) { m_livenessMs = ms; }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    Stats stats() const { return m_stats; }

public slots:
    // Reads everything again (another store, or the user asked for it).
    void reloadAll();
    void poll();

signals:
    // The runs model changed because of the store.
    void runsChanged();
    // Runs came or went: experiment counts may be stale.
    void runCountChanged();

private:
    void mergeAll();
    // Reads the running (and crashed) runs again; false if there are none.
    bool refreshLiveRuns();
    void onEdited(const QStringList& uuids);
    void onDeleted(const QStringList& uuids);

    StoreSession* m_session;
    RunTableModel* m_model;
    QTimer m_timer;
    QElapsedTimer m_sinceLiveness;
    int m_livenessMs = 5000;
    qint64 m_version = -1;
    qint64 m_count = -1;
    Stats m_stats;
};

} // namespace runlens
