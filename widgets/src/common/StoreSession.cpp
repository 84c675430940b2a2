#include "common/StoreSession.h"

#include "runlens/store/StorePath.h"

#include "common/StoreWatcher.h"

#include "runlens/demo/DemoData.h"
#include "runlens/diagram/DiagramStore.h"
#include "runlens/diagram/PipelineDiagram.h"
#include "runlens/import/ImportService.h"
#include "runlens/store/MetricDirectionStore.h"

#include <QFileInfo>

namespace runlens {

namespace {
std::string utf8(const QString& s) { return s.toStdString(); }
}

StoreSession::StoreSession(QObject* parent) : QObject(parent), m_watcher(new StoreWatcher(this)) {}

bool StoreSession::open(const QString& path)
{
    const std::string p = utf8(path);
    // A team store exists on its server, or is made by its first writer; openExisting
    // asks the server whether the role may write.
    return adopt([&] {
        return QFileInfo::exists(path) || StorePath::isPostgres(p) ? Store::openExisting(p) : Store::open(p);
    });
}

bool StoreSession::openReadOnly(const QString& path)
{
    return adopt([&] { return Store::open(utf8(path), Store::Mode::ReadOnly); });
}

bool StoreSession::adopt(const std::function<Store()>& opener)
{
    try {
        m_store = opener();
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

SeriesData StoreSession::metric(const QString& uuid, const QString& key, bool withTimes, const QString& slice)
{
    SeriesData out;
    attempt([&] { out = m_store->metric(utf8(uuid), utf8(key), utf8(slice), withTimes); }, true);
    return out;
}

std::vector<std::pair<std::string, std::string>> StoreSession::metricKeys(const QString& uuid)
{
    std::vector<std::pair<std::string, std::string>> out;
    attempt([&] { out = m_store->metricKeys(utf8(uuid)); }, true);
    return out;
}

MetricDirections StoreSession::metricDirections()
{
    MetricDirections out;
    // A store from before the directions table has none chosen: the name rule decides.
    attempt([&] { out = MetricDirectionStore(*m_store).load(); }, true);
    return out;
}

bool StoreSession::setMetricDirection(const QString& key, std::optional<MetricDirection> direction)
{
    // Quiet: the comparison that asked says which direction could not be kept.
    return attempt([&] {
        MetricDirectionStore directions(*m_store);
        if (direction)
            directions.set(utf8(key), *direction);
        else
            directions.clear(utf8(key));
    }, true);
}

std::vector<DiagramInfo> StoreSession::diagrams()
{
    std::vector<DiagramInfo> out;
    attempt([&] { out = DiagramStore(*m_store).list(); }, true);
    return out;
}

std::optional<Diagram> StoreSession::loadDiagram(const QString& uuid)
{
    std::optional<Diagram> out;
    // Quiet: the caller says what could not be opened, with lastError() as the reason.
    attempt([&] { out = DiagramStore(*m_store).load(utf8(uuid)); }, true);
    return out;
}

std::optional<DiagramInfo> StoreSession::diagramOfRun(const QString& runUuid)
{
    std::optional<DiagramInfo> out;
    attempt([&] { out = DiagramStore(*m_store).findBySourceRun(utf8(runUuid)); }, true);
    return out;
}

bool StoreSession::saveDiagram(const Diagram& diagram)
{
    bool ok = attempt([&] { DiagramStore(*m_store).save(diagram); });
    if (ok)
        emit diagramsEdited();
    return ok;
}

bool StoreSession::removeDiagram(const QString& uuid)
{
    bool ok = attempt([&] { DiagramStore(*m_store).remove(utf8(uuid)); });
    if (ok)
        emit diagramsEdited();
    return ok;
}

std::vector<PipelineStep> StoreSession::pipelineSteps(const RunRecord& parent, bool* described)
{
    RunFilter f;
    f.experiment = parent.experiment;
    f.includeArchived = true;
    return PipelineDiagram::stepsOf(parent, runs(f), described);
}

ImportReport StoreSession::importPaths(const std::vector<std::string>& paths, const ImportOptions& options) const
{
    ImportReport report;
    if (!m_store) {
        report.storeError = tr("No store is open.").toStdString();
        return report;
    }
    try {
        Store own = Store::open(m_store->path());
        report = ImportService(own).run(paths, options);
    } catch (const StoreError& e) {
        report.storeError = e.what();
    }
    return report;
}

SyncReport StoreSession::syncStores(const std::string& source, const std::string& target, const SyncOptions& options,
                                    const StoreSync::ProgressFn& progress, QString& error) const
{
    error.clear();
    try {
        return StoreSync(source, target).run(options, progress);
    } catch (const std::exception& e) {
        // Not only StoreError: this runs on a worker thread, where anything thrown
        // (a filesystem error creating the target, say) would end the program.
        error = QString::fromStdString(e.what());
    }
    return {};
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

int StoreSession::changeSocket()
{
    int fd = -1;
    attempt([&] { fd = m_store->changeSocket(); }, true);
    return fd;
}

bool StoreSession::takeChanges()
{
    bool any = false;
    attempt([&] { any = m_store->takeChanges(); }, true);
    return any;
}

QString StoreSession::artifactFile(const QString& uuid, const QString& path, bool quiet)
{
    QString file;
    attempt([&] { file = QString::fromStdString(m_store->artifactFile(utf8(uuid), utf8(path))); }, quiet);
    return file;
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
