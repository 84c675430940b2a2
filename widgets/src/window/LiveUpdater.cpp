#include "window/LiveUpdater.h"

#include "runs/RunTableModel.h"
#include "common/StoreSession.h"

namespace runlens {

LiveUpdater::LiveUpdater(StoreSession* session, RunTableModel* model, QObject* parent)
    : QObject(parent), m_session(session), m_model(model)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &LiveUpdater::poll);
    connect(session, &StoreSession::runsEdited, this, &LiveUpdater::onEdited);
    connect(session, &StoreSession::runsDeleted, this, &LiveUpdater::onDeleted);
    m_sinceLiveness.start();
}

void LiveUpdater::reloadAll()
{
    m_version = m_session->dataVersion();
    m_count = m_session->runCount();
    m_model->setRuns(m_session->runs({.includeArchived = true}));
    m_sinceLiveness.restart();
    ++m_stats.fullLoads;
    emit runCountChanged();
    emit runsChanged();
}

void LiveUpdater::poll()
{
    if (!m_session->isOpen())
        return;
    ++m_stats.polls;
    qint64 version = m_session->dataVersion();
    if (version != m_version) {
        m_version = version;
        ++m_stats.changes;
        qint64 count = m_session->runCount();
        if (count != m_count) {
            m_count = count;
            mergeAll();
            emit runCountChanged();
        } else {
            refreshLiveRuns();
        }
        emit runsChanged();
        return;
    }
    if (m_sinceLiveness.elapsed() >= m_livenessMs) {
        // Nothing was written: a running run may have died. Its status is derived from
        // the time of its last heartbeat, so only reading it again tells.
        if (refreshLiveRuns())
            emit runsChanged();
    }
}

void LiveUpdater::mergeAll()
{
    m_model->mergeRuns(m_session->runs({.includeArchived = true}));
    m_sinceLiveness.restart();
    ++m_stats.fullLoads;
}

bool LiveUpdater::refreshLiveRuns()
{
    m_sinceLiveness.restart();
    QStringList live;
    for (const auto& r : m_model->runs()) {
        if (r.status == RunStatus::Running || r.status == RunStatus::Crashed)
            live << QString::fromStdString(r.uuid);
    }
    for (const auto& uuid : live) {
        if (auto run = m_session->run(uuid))
            m_model->updateRun(std::move(*run));
    }
    ++m_stats.liveReads;
    return !live.isEmpty();
}

void LiveUpdater::onEdited(const QStringList& uuids)
{
    for (const auto& uuid : uuids) {
        if (auto run = m_session->run(uuid))
            m_model->updateRun(std::move(*run));
    }
    emit runsChanged();
}

void LiveUpdater::onDeleted(const QStringList& uuids)
{
    m_model->removeRuns(uuids);
    m_count = m_session->runCount();
    emit runCountChanged();
    emit runsChanged();
}

} // namespace runlens
