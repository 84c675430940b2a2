#include "common/StoreWatcher.h"

#include "common/StoreSession.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace runlens {

namespace {

void mix(std::size_t& seed, std::size_t h)
{
    seed ^= h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
}

std::size_t hashDouble(double v)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    return std::hash<std::uint64_t>{}(bits);
}

bool isLive(const RunRecord& run)
{
    // A crashed run may come back to life when its writer was only stalled.
    return run.status == RunStatus::Running || run.status == RunStatus::Crashed;
}

} // namespace

StoreWatcher::StoreWatcher(StoreSession* session) : QObject(session), m_session(session)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    connect(session, &StoreSession::storeChanged, this, &StoreWatcher::restart);
    connect(session, &StoreSession::runsEdited, this, &StoreWatcher::onEdited);
    connect(session, &StoreSession::runsDeleted, this, &StoreWatcher::onDeleted);
    connect(session, &StoreSession::experimentsEdited, this, &StoreWatcher::experimentsChanged);
    connect(session, &StoreSession::diagramsEdited, this, &StoreWatcher::diagramsChanged);
    // A read that failed (a team store's server away) says so here; what it returned
    // (no runs) must not be taken for "every run was deleted".
    connect(session, &StoreSession::warning, this, [this] { m_readFailed = true; });
    m_sinceLiveness.start();
}

void StoreWatcher::restart()
{
    m_known.clear();
    m_version = m_session->dataVersion();
    m_count = m_session->runCount();
    m_diagrams = 0;
    std::vector<RunRecord> runs;
    if (m_session->isOpen()) {
        runs = m_session->runs({.includeArchived = true});
        for (const auto& r : runs)
            remember(r);
        m_timer.start();
    } else {
        m_timer.stop();
    }
    armNotifier();
    m_sinceLiveness.restart();
    emit storeReset(runs);
}

void StoreWatcher::armNotifier()
{
    int fd = m_session->isOpen() ? m_session->changeSocket() : -1;
    if (m_notifier && m_notifier->socket() == fd)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    if (fd < 0)
        return;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (m_session->takeChanges())
            poll();
    });
}

void StoreWatcher::poll()
{
    if (!m_session->isOpen())
        return;
    ++m_stats.polls;
    armNotifier(); // a reconnect brings a new socket
    if (m_notifier)
        m_session->takeChanges(); // what arrived during our own queries: this poll covers it
    const qint64 version = m_session->dataVersion();
    if (version < 0)
        return; // unreadable now (the session said why); the next poll tries again
    if (version != m_version) {
        m_version = version;
        ++m_stats.changes;
        const qint64 count = m_session->runCount();
        if (count != m_count) {
            m_count = count;
            readAll();
            emit experimentsChanged();
        } else {
            readLive();
        }
        checkDiagrams();
        return;
    }
    // Often enough to see a stale heartbeat soon after the session's timeout passes.
    const qint64 recheck = std::clamp(qint64(m_session->heartbeatTimeout() * 1000 / 3), qint64(200), qint64(m_livenessMs));
    if (m_sinceLiveness.elapsed() >= recheck)
        readLive();
}

void StoreWatcher::rescan()
{
    if (!m_session->isOpen())
        return;
    m_version = m_session->dataVersion();
    m_count = m_session->runCount();
    readAll();
    emit experimentsChanged();
    emit diagramsChanged();
}

void StoreWatcher::readAll()
{
    ++m_stats.fullReads;
    m_sinceLiveness.restart();
    m_readFailed = false;
    auto runs = m_session->runs({.includeArchived = true});
    if (m_readFailed) {
        m_version = -1; // read everything again once the store answers
        return;
    }
    std::vector<RunRecord> added, changed;
    std::unordered_map<std::string, Known> before;
    before.swap(m_known);
    for (auto& r : runs) {
        auto it = before.find(r.uuid);
        const bool isNew = it == before.end();
        const bool differs = !isNew && it->second.fingerprint != fingerprint(r);
        if (!isNew)
            before.erase(it);
        remember(r);
        if (isNew)
            added.push_back(std::move(r));
        else if (differs)
            changed.push_back(std::move(r));
    }
    QStringList removed;
    for (const auto& [uuid, known] : before)
        removed << QString::fromStdString(uuid);
    if (!removed.isEmpty())
        emit runsRemoved(removed);
    if (!changed.empty())
        emit runsChanged(changed);
    if (!added.empty())
        emit runsAdded(added);
    QStringList grown;
    for (const auto& r : changed)
        grown << QString::fromStdString(r.uuid);
    if (!grown.isEmpty())
        emit seriesGrown(grown);
}

void StoreWatcher::readLive()
{
    ++m_stats.liveReads;
    m_sinceLiveness.restart();
    QStringList live;
    for (const auto& [uuid, known] : m_known) {
        if (known.live)
            live << QString::fromStdString(uuid);
    }
    std::vector<RunRecord> changed;
    QStringList gone;
    m_readFailed = false;
    for (const auto& uuid : live) {
        auto run = m_session->run(uuid);
        if (m_readFailed)
            return; // not gone: unreadable now, read again on the next poll
        if (!run) {
            gone << uuid;
            m_known.erase(uuid.toStdString());
            continue;
        }
        if (m_known[run->uuid].fingerprint != fingerprint(*run)) {
            remember(*run);
            changed.push_back(std::move(*run));
        }
    }
    if (!gone.isEmpty())
        emit runsRemoved(gone);
    if (changed.empty())
        return;
    emit runsChanged(changed);
    QStringList grown;
    for (const auto& r : changed)
        grown << QString::fromStdString(r.uuid);
    emit seriesGrown(grown);
}

void StoreWatcher::checkDiagrams()
{
    // Diagrams are few: their list is read only when something was written at all.
    std::size_t signature = 0;
    for (const auto& d : m_session->diagrams()) {
        mix(signature, std::hash<std::string>{}(d.uuid));
        mix(signature, std::hash<std::string>{}(d.name));
        mix(signature, hashDouble(d.updatedAt));
    }
    if (signature != m_diagrams) {
        m_diagrams = signature;
        emit diagramsChanged();
    }
}

void StoreWatcher::onEdited(const QStringList& uuids)
{
    std::vector<RunRecord> changed;
    for (const auto& uuid : uuids) {
        if (auto run = m_session->run(uuid)) {
            remember(*run);
            changed.push_back(std::move(*run));
        }
    }
    if (!changed.empty())
        emit runsChanged(changed);
}

void StoreWatcher::onDeleted(const QStringList& uuids)
{
    for (const auto& uuid : uuids)
        m_known.erase(uuid.toStdString());
    m_count = m_session->runCount();
    emit runsRemoved(uuids);
    emit experimentsChanged();
}

void StoreWatcher::remember(const RunRecord& run)
{
    m_known[run.uuid] = Known{fingerprint(run), isLive(run)};
}

std::size_t StoreWatcher::fingerprint(const RunRecord& run)
{
    std::hash<std::string> text;
    std::size_t seed = 0;
    mix(seed, text(run.name));
    mix(seed, text(run.experiment));
    mix(seed, std::size_t(run.status));
    mix(seed, hashDouble(run.endTime));
    mix(seed, hashDouble(run.heartbeat));
    mix(seed, run.archived);
    mix(seed, text(run.notes));
    for (const auto& [key, value] : run.params) {
        mix(seed, text(key));
        mix(seed, text(value.toString()));
    }
    for (const auto& [key, value] : run.tags) {
        mix(seed, text(key));
        mix(seed, text(value));
    }
    for (const auto& s : run.series) {
        mix(seed, text(s.key));
        mix(seed, text(s.slice));
        mix(seed, std::hash<std::int64_t>{}(s.count));
        mix(seed, hashDouble(s.lastValue));
    }
    return seed;
}

} // namespace runlens
