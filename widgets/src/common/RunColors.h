#pragma once

#include "runlens/model/RunRecord.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QString>

#include <vector>

namespace runlens {

// One run = one colour, in the table, the legends, the charts and the reports.
//
// A run's colour is the one the user picked for it (kept in QSettings by run uuid), else
// the palette colour of its local run number in the store, so runs started one after
// another — the seeds of a sweep — never share a colour among 20 neighbours. Runs the
// store has not told us about yet fall back to a hash of their uuid. Both are stable
// across sessions: a run keeps its colour.
class RunColors : public QObject {
    Q_OBJECT
public:
    static RunColors* instance();

    static QColor color(const QString& uuid);
    // A colour for anything else with a stable name, e.g. a group of runs.
    static QColor colorForName(const QString& name);
    // The same colour made readable on a dark (or light) chart background.
    static QColor forBackground(const QColor& c, bool darkBackground);
    static QIcon swatch(const QColor& c);
    static const std::vector<QColor>& palette();

    // Tells which local run numbers the runs of the open store have.
    void registerRuns(const std::vector<RunRecord>& runs);
    void registerRun(const RunRecord& run);
    void setOverride(const QString& uuid, const QColor& color);
    void clearOverride(const QString& uuid);
    bool hasOverride(const QString& uuid) const { return m_overrides.contains(uuid); }

signals:
    void changed();

private:
    RunColors();
    QColor lookup(const QString& uuid) const;

    QHash<QString, QColor> m_overrides;
    QHash<QString, qint64> m_runNumbers;
};

} // namespace runlens
