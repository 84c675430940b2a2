#include "common/StoreSettings.h"

#include <QCryptographicHash>

namespace runlens {

QString StoreSettings::group(const QString& storePath)
{
    if (storePath.isEmpty())
        return {};
    // A hash: paths hold characters QSettings keys do not like ('/', '\\', ':').
    const QByteArray hash = QCryptographicHash::hash(storePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("stores/") + QString::fromLatin1(hash);
}

} // namespace runlens
