#include "diagram/DiagramSession.h"

#include "diagram/DiagramNodeFit.h"
#include "diagram/DiagramUndoCommand.h"
#include "common/StoreSession.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramFile.h"

#include <QFileInfo>
#include <QUndoStack>

namespace runlens {

DiagramSession::DiagramSession(StoreSession* store, QObject* parent)
    : QObject(parent), m_store(store),
      m_document(std::make_unique<DiagramDocument>(Diagram::make(tr("Untitled diagram").toStdString()))),
      m_undo(std::make_unique<QUndoStack>())
{
    // Nodes are as big as their text, in every edit (the document cannot measure text).
    DiagramNodeFit::install(*m_document);
    DiagramUndoCommand::connect(*m_document, m_undo.get());
    connect(m_undo.get(), &QUndoStack::cleanChanged, this, &DiagramSession::notify);
    connect(m_undo.get(), &QUndoStack::indexChanged, this, &DiagramSession::notify);
}

DiagramSession::~DiagramSession()
{
    // No edit may reach the stack while it goes; then the stack, then the document.
    m_document->setCommandSink({});
    m_undo->disconnect(this);
    m_undo.reset();
}

const Diagram& DiagramSession::diagram() const
{
    return m_document->diagram();
}

void DiagramSession::load(const Diagram& diagram, const QString& file, bool inStore, bool modified)
{
    m_document->reset(diagram);
    m_undo->clear();
    m_file = file;
    m_inStore = inStore;
    m_unsavedNew = modified;
    emit loaded();
    notify();
}

bool DiagramSession::isModified() const
{
    return m_unsavedNew || !m_undo->isClean();
}

QString DiagramSession::uuid() const
{
    return QString::fromStdString(m_document->diagram().uuid);
}

QString DiagramSession::title() const
{
    QString t = QString::fromStdString(m_document->diagram().name);
    if (!m_file.isEmpty())
        t += QStringLiteral(" — ") + QFileInfo(m_file).fileName();
    return isModified() ? t + QStringLiteral(" *") : t;
}

bool DiagramSession::saveToStore()
{
    if (!m_store || !m_store->isOpen()) {
        m_lastError = tr("Open a store first.");
        return false;
    }
    if (!m_store->saveDiagram(m_document->diagram())) {
        m_lastError = m_store->lastError();
        return false;
    }
    m_inStore = true;
    m_unsavedNew = false;
    m_undo->setClean();
    notify();
    emit saved();
    return true;
}

bool DiagramSession::saveToFile(const QString& path)
{
    try {
        DiagramFile::save(path.toStdString(), m_document->diagram());
    } catch (const std::exception& e) {
        m_lastError = QString::fromStdString(e.what());
        return false;
    }
    m_file = path;
    m_unsavedNew = false;
    m_undo->setClean();
    notify();
    emit saved();
    return true;
}

void DiagramSession::storedRenamed(const QString& name)
{
    if (!m_inStore)
        return;
    const bool clean = m_undo->isClean();
    try {
        m_document->rename(name.toStdString());
    } catch (const std::exception&) {
        return; // the store already refused such a name
    }
    if (clean)
        m_undo->setClean();
}

void DiagramSession::storedDeleted()
{
    m_inStore = false;
    m_unsavedNew = true; // still on screen, no longer anywhere else
    notify();
}

void DiagramSession::notify()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
    emit stateChanged();
}

} // namespace runlens
