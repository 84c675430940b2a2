#include "common/StoreSession.h"

#include "runlens/demo/DemoData.h"

#include <QFileInfo>

namespace runlens {

namespace {
std::string utf8(const QString& s) { return s.toStdString(); }
}

StoreSession::StoreSession(QObject* parent) : QObject(parent) {}

bool StoreSession::open(const QString& path)
{
    try {
        std::string p = utf8(path);
        Store s = QFileInfo::exists(path) ? Store::openExisting(p) : Store::open(p);
        m_store = std::move(s);
        m_lastError.clear();
        emit storeChanged();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()), false);
        return false;
    }
}

void StoreSession::close()
{
    m_store.reset();
    emit storeChanged();
}

QString StoreSession::path() const { return m_store ? QString::fromStdString(m_store->path()) : QString(); }

bool StoreSession::isReadOnly() const { return m_store && m_store->isReadOnly(); }

bool StoreSession::attempt(const std::function<void()>& f, bool quiet)
{
    if (!m_store)
        return false;
    try {
        f();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()), quiet);
        return false;
    }
}

std::vector<ExperimentRecord> StoreSession::experiments()
{
    std::vector<ExperimentRecord> out;
    attempt([&] { out = m_store->experiments(); }, true);
    return out;
}

std::vector<RunRecord> StoreSession::runs(const RunFilter& filter)
{
    std::vector<RunRecord> out;
    RunFilter f = filter;
    f.heartbeatTimeout = m_heartbeatTimeout;
    attempt([&] { out = m_store->runs(f); }, true);
    return out;
}

std::optional<RunRecord> StoreSession::run(const QString& uuid)
{
    std::optional<RunRecord> out;
    if (!m_store)
        return out;
    try {
        out = m_store->run(utf8(uuid), m_heartbeatTimeout);
    } catch (const StoreError& e) {
        // A run deleted by another process is not an error worth telling.
        if (e.kind() != StoreError::Kind::NotFound)
            fail(QString::fromStdString(e.what()), true);
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()), true);
    }
    return out;
}

SeriesData StoreSession::metric(const QString& uuid, const QString& key, bool withTimes)
{
    SeriesData out;
    attempt([&] { out = m_store->metric(utf8(uuid), utf8(key), {}, withTimes); }, true);
    return out;
}

SeriesData StoreSession::seriesTail(std::int64_t seriesId, std::int64_t from)
{
    SeriesData out;
    attempt([&] { out = m_store->seriesTail(seriesId, from); }, true);
    return out;
}

std::vector<ArtifactRecord> StoreSession::artifacts(const QString& uuid)
{
    std::vector<ArtifactRecord> out;
    attempt([&] { out = m_store->artifacts(utf8(uuid)); }, true);
    return out;
}

std::int64_t StoreSession::dataVersion()
{
    std::int64_t v = -1;
    attempt([&] { v = m_store->dataVersion(); }, true);
    return v;
}

std::int64_t StoreSession::runCount()
{
    std::int64_t n = -1;
    attempt([&] { n = m_store->runCount(); }, true);
    return n;
}

bool StoreSession::renameRun(const QString& uuid, const QString& name)
{
    bool ok = attempt([&] { m_store->renameRun(utf8(uuid), utf8(name)); });
    if (ok)
        emit runsEdited({uuid});
    return ok;
}

bool StoreSession::setTag(const QString& uuid, const QString& key, const QString& value)
{
    bool ok = attempt([&] { m_store->setTag(utf8(uuid), utf8(key), utf8(value)); });
    if (ok)
        emit runsEdited({uuid});
    return ok;
}

bool StoreSession::removeTag(const QString& uuid, const QString& key)
{
    bool ok = attempt([&] { m_store->removeTag(utf8(uuid), utf8(key)); });
    if (ok)
        emit runsEdited({uuid});
    return ok;
}

bool StoreSession::setNotes(const QString& uuid, const QString& notes)
{
    bool ok = attempt([&] { m_store->setNotes(utf8(uuid), utf8(notes)); });
    if (ok)
        emit runsEdited({uuid});
    return ok;
}

bool StoreSession::setArchived(const QStringList& uuids, bool archived)
{
    QStringList done;
    bool ok = attempt([&] {
        for (const auto& id : uuids) {
            m_store->setArchived(utf8(id), archived);
            done << id;
        }
    });
    if (!done.isEmpty())
        emit runsEdited(done);
    return ok;
}

bool StoreSession::setExperimentArchived(const QString& experiment, bool archived)
{
    bool ok = attempt([&] { m_store->setExperimentArchived(utf8(experiment), archived); });
    if (ok)
        emit experimentsEdited();
    return ok;
}

bool StoreSession::deleteRuns(const QStringList& uuids)
{
    std::vector<std::string> ids;
    for (const auto& id : uuids)
        ids.push_back(utf8(id));
    // One transaction in the store: all of them go, or none.
    bool ok = attempt([&] { m_store->deleteRuns(ids); });
    if (ok)
        emit runsDeleted(uuids);
    return ok;
}

bool StoreSession::fillWithDemoData(const std::function<bool(int, int)>& progress)
{
    bool ok = attempt([&] { DemoData::generate(*m_store, progress); });
    if (ok)
        emit storeChanged();
    return ok;
}

void StoreSession::fail(const QString& message, bool quiet)
{
    m_lastError = message;
    if (quiet)
        emit warning(message);
    else
        emit errorOccurred(message);
}

} // namespace runlens
