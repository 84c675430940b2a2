#pragma once

#include <QStringList>

namespace runlens {

// The stores opened lately, newest first, kept in QSettings.
namespace RecentStores {
inline constexpr int kMax = 10;
QStringList list();
void add(const QString& path);
void remove(const QString& path);
void clear();
} // namespace RecentStores

} // namespace runlens
