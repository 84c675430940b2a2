#include "StoreSession.h"

#include "runlens/DemoData.h"

#include <QFileInfo>

namespace runlens {

StoreSession::StoreSession(QObject* parent) : QObject(parent) {}

bool StoreSession::open(const QString& path)
{
    try {
        std::string p = path.toStdString();
        Store s = QFileInfo::exists(path) ? Store::openExisting(p) : Store::open(p);
        m_store = std::move(s);
        m_lastError.clear();
        emit storeChanged();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return false;
    }
}

QString StoreSession::path() const { return m_store ? QString::fromStdString(m_store->path()) : QString(); }

bool StoreSession::isReadOnly() const { return m_store && m_store->isReadOnly(); }

std::vector<ExperimentRecord> StoreSession::experiments()
{
    if (!m_store)
        return {};
    try {
        return m_store->experiments();
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return {};
    }
}

std::vector<RunRecord> StoreSession::runs(const RunFilter& filter)
{
    if (!m_store)
        return {};
    try {
        return m_store->runs(filter);
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return {};
    }
}

bool StoreSession::fillWithDemoData()
{
    if (!m_store)
        return false;
    try {
        DemoData::generate(*m_store);
        emit storeChanged();
        return true;
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return false;
    }
}

void StoreSession::fail(const QString& message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace runlens
