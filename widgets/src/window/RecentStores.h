#pragma once

#include <QStringList>

namespace runlens {

// The stores opened lately, newest first, kept in QSettings.
class RecentStores {
public:
    static constexpr int kMax = 10;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace runlens
