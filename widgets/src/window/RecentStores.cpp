#include "window/RecentStores.h"

#include "runlens/store/StorePath.h"

#include <QFileInfo>
#include <QSettings>

namespace runlens {

namespace {
const QString kKey = QStringLiteral("recentStores");
}

QStringList RecentStores::list() { return QSettings().value(kKey).toStringList(); }

void RecentStores::add(const QString& path)
{
    // A team store's URL as the session shows it: never with a password.
    QString p = StorePath::isPostgres(path.toStdString()) ? path : QFileInfo(path).absoluteFilePath();
    QStringList l = list();
    l.removeAll(p);
    l.prepend(p);
    while (l.size() > kMax)
        l.removeLast();
    QSettings().setValue(kKey, l);
}

void RecentStores::remove(const QString& path)
{
    QStringList l = list();
    l.removeAll(path);
    QSettings().setValue(kKey, l);
}

void RecentStores::clear() { QSettings().remove(kKey); }

} // namespace runlens
