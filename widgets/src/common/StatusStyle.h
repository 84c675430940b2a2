#pragma once

#include "runlens/model/RunRecord.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace runlens {

// How a run status looks everywhere (table, details, diagrams, reports): one place.
class StatusStyle {
public:
    static QString label(RunStatus status);
    static QColor color(RunStatus status);
    static QIcon icon(RunStatus status);
    static QString duration(double seconds);
    // What the status means for this run, e.g. when a crashed run was last heard of.
    static QString toolTip(const RunRecord& run);
    // When the run ended: its end time; "still running" only for a live run; for one that
    // ended without saying so (crashed, or a writer killed) when it was last heard of.
    static QString ended(const RunRecord& run);
    static QString time(double unixSeconds);
};

} // namespace runlens
