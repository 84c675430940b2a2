#include "window/StoreActions.h"

#include "common/StoreSession.h"
#include "window/RecentStores.h"
#include "window/StoreLabel.h"
#include "window/TeamStoreDialog.h"
#include "runlens/store/StorePath.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

namespace runlens {

StoreActions::StoreActions(StoreSession* session, QMainWindow* window, ErrorFn showError)
    : QObject(window), m_session(session), m_window(window), m_showError(std::move(showError))
{
}

void StoreActions::addTo(QMenu* file)
{
    file->addAction(tr("&Open Store…"), QKeySequence::Open, this, &StoreActions::openStoreDialog);
    file->addAction(tr("&New Store…"), QKeySequence::New, this, &StoreActions::newStoreDialog);
    file->addAction(tr("Open &Team Store…"), this, &StoreActions::teamStoreDialog)
        ->setToolTip(tr("Open a store shared on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
}

void StoreActions::storeShown()
{
    if (!m_session->isOpen()) {
        m_window->setWindowTitle(tr("Runlens"));
        return;
    }
    RecentStores::add(m_session->path());
    rebuildRecentMenu();
    QString name = StoreLabel::shortName(m_session->path());
    m_window->setWindowTitle(m_session->isReadOnly() ? tr("%1 (read-only) — Runlens").arg(name)
                                                     : tr("%1 — Runlens").arg(name));
    if (!StorePath::isPostgres(m_session->path().toStdString()))
        m_window->setWindowFilePath(m_session->path());
}

void StoreActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentStores::list();
    for (int i = 0; i < recent.size(); ++i) {
        QString path = recent[i];
        QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(path) : path;
        m_recentMenu->addAction(text, this, [this, path] { openStore(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        RecentStores::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

bool StoreActions::openStore(const QString& path)
{
    if (!StorePath::isPostgres(path.toStdString()) && !QFileInfo::exists(path)) {
        RecentStores::remove(path);
        rebuildRecentMenu();
        m_showError(tr("There is no store at %1.").arg(path));
        return false;
    }
    return m_session->open(path);
}

void StoreActions::openStoreDialog()
{
    QString dir = m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QString();
    QString path = QFileDialog::getOpenFileName(m_window, tr("Open Store"), dir,
                                                tr("Runlens stores (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void StoreActions::teamStoreDialog()
{
    TeamStoreDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        openStore(dialog.location());
}

void StoreActions::newStoreDialog()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Store"), QStringLiteral("runlens.db"),
                                                tr("Runlens stores (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_showError(tr("%1 exists already; open it with File > Open Store.").arg(path));
        return;
    }
    m_session->open(path);
}

bool StoreActions::isStoreFile(const QString& path)
{
    // A Runlens store says so in its SQLite header (application_id "RLNS" at byte 68);
    // other SQLite files (an MLflow backend, say) are for the importer.
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith("SQLite format 3") && header.mid(68, 4) == "RLNS";
}

} // namespace runlens
