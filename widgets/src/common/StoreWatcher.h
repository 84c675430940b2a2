#pragma once

#include "runlens/model/RunRecord.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QSocketNotifier>
#include <QTimer>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace runlens {

class StoreSession;

// The GUI's one source of change events: every view learns what changed in the store
// from here, and no view polls on its own.
//
// Every interval (500 ms) it asks the store for its data version — one pragma, so an
// idle store costs nothing more. When another connection wrote something: if the number
// of runs changed, every run is read and compared with what was known (runsAdded,
// runsChanged, runsRemoved); otherwise only the live runs are read again (runsChanged,
// seriesGrown). Every few seconds the live runs are read even without a write, because
// liveness is derived from the heartbeat's age (core's rule, with the session's
// timeout): a run whose writer died turns "crashed" that way.
//
// On a team store (PostgreSQL) the server also notifies every commit on a socket; the
// watcher polls at once when one arrives, so a point logged on another machine shows
// within milliseconds of its commit, and the timer's poll of the change counter stays
// as the fallback (after a reconnect, notifications sent meanwhile are lost).
//
// Edits made through the session do not move the data version of its own connection,
// so the session's edit signals are turned into the same events here.
class StoreWatcher : public QObject {
    Q_OBJECT
public:
    struct Stats {
        int polls = 0;
        int changes = 0;   // the data version moved
        int fullReads = 0; // every run read again
        int liveReads = 0; // the live runs read again
    };

    explicit StoreWatcher(StoreSession* session);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    void setLivenessInterval(int ms) { m_livenessMs = ms; }
    bool isActive() const { return m_timer.isActive(); }
    Stats stats() const { return m_stats; }

public slots:
    void poll();
    // Reads every run and diagram again and reports what differs (View → Refresh).
    void rescan();

signals:
    // Another store was opened (or the store closed: no runs). runs are all its runs,
    // archived ones included, read once for every view.
    void storeReset(const std::vector<runlens::RunRecord>& runs);
    void runsAdded(const std::vector<runlens::RunRecord>& runs);
    void runsChanged(const std::vector<runlens::RunRecord>& runs);
    void runsRemoved(const QStringList& uuids);
    // Runs that may have new points: views with curves of them read the tails.
    void seriesGrown(const QStringList& uuids);
    void experimentsChanged();
    void diagramsChanged();

private:
    void restart();
    void readAll();
    void readLive();
    void checkDiagrams();
    void onEdited(const QStringList& uuids);
    void onDeleted(const QStringList& uuids);
    void remember(const RunRecord& run);
    static std::size_t fingerprint(const RunRecord& run);

    // Listens on a team store's notification socket, when it has one.
    void armNotifier();

    StoreSession* m_session;
    QTimer m_timer;
    QSocketNotifier* m_notifier = nullptr;
    QElapsedTimer m_sinceLiveness;
    int m_livenessMs = 5000;
    qint64 m_version = -1;
    bool m_readFailed = false; // the session warned during the read under way
    qint64 m_count = -1;
    std::size_t m_diagrams = 0;
    // What was last read of each run: enough to tell a change and which runs are live.
    struct Known {
        std::size_t fingerprint = 0;
        bool live = false;
    };
    std::unordered_map<std::string, Known> m_known;
    Stats m_stats;
};

} // namespace runlens
