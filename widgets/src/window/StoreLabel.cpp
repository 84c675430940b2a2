#include "window/StoreLabel.h"

#include "runlens/store/StorePath.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace runlens {

QString StoreLabel::shortName(const QString& location)
{
    if (!StorePath::isPostgres(location.toStdString()))
        return QFileInfo(location).fileName();
    QUrl url(location);
    QUrlQuery query(url);
    QString database = url.path().mid(1);
    if (database.isEmpty())
        database = query.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded);
    QString service = query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    if (database.isEmpty() && !service.isEmpty())
        return QCoreApplication::translate("runlens::StoreLabel", "service %1").arg(service);
    if (database.isEmpty())
        return location;
    QString host = url.host();
    if (host.isEmpty())
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("runlens::StoreLabel", "%1 on this computer").arg(database);
    return QCoreApplication::translate("runlens::StoreLabel", "%1 on %2").arg(database, host);
}

} // namespace runlens
