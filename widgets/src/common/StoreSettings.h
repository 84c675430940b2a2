#pragma once

#include <QString>

namespace runlens {

// Where a store's own settings live in QSettings: its columns, their widths, how its
// curves are grouped. Keyed by the store's path, so what suits one store's params does
// not follow the user into another.
namespace StoreSettings {
// "stores/<hash of path>"; "" for no store.
QString group(const QString& storePath);
} // namespace StoreSettings

} // namespace runlens
