#pragma once
// Shared set-up of the widget tests: settings in a throw-away folder (never the user's),
// small helpers to build run records and stores.

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include "common/StoreSession.h"

#include <runlens/model/RunRecord.h>
#include <runlens/store/Store.h>

#include <memory>
#include <string>

inline void useTemporarySettings()
{
    static QTemporaryDir dir;
    QCoreApplication::setOrganizationName(QStringLiteral("RunlensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("RunlensTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
}

inline runlens::SeriesSummary summary(const std::string& key, double last, double min, double max,
                                      std::int64_t count = 10, const std::string& slice = {})
{
    runlens::SeriesSummary s;
    static std::int64_t nextId = 1;
    s.seriesId = nextId++;
    s.key = key;
    s.slice = slice;
    s.count = count;
    s.lastStep = count - 1;
    s.lastValue = last;
    s.minValue = min;
    s.maxValue = max;
    return s;
}

inline runlens::RunRecord record(std::int64_t id, const std::string& name, runlens::RunStatus status = runlens::RunStatus::Finished)
{
    runlens::RunRecord r;
    r.id = id;
    char uuid[33];
    std::snprintf(uuid, sizeof uuid, "%032llx", static_cast<unsigned long long>(0xabc0000 + id));
    r.uuid = uuid;
    r.name = name;
    r.experiment = "exp";
    r.status = status;
    r.startTime = 1.7e9 + double(id);
    r.endTime = r.startTime + 10.0 * double(id);
    return r;
}

// A GUI session on the store a test wrote with core (read-only when the store is).
inline std::unique_ptr<runlens::StoreSession> sessionOn(const runlens::Store& store)
{
    auto session = std::make_unique<runlens::StoreSession>();
    const QString path = QString::fromStdString(store.path());
    if (store.isReadOnly())
        session->openReadOnly(path);
    else
        session->open(path);
    return session;
}
