#include "window/RecentStores.h"

#include <QFileInfo>
#include <QSettings>

namespace runlens {

namespace {
const QString kKey = QStringLiteral("recentStores");
}

QStringList RecentStores::list() { return QSettings().value(kKey).toStringList(); }

void RecentStores::add(const QString& path)
{
    QString p = QFileInfo(path).absoluteFilePath();
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
