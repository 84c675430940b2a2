#pragma once

#include "runlens/model/RunRecord.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace runlens {

// How a run status looks everywhere (table, details, diagrams, reports): one place.
namespace StatusStyle {
QString label(RunStatus status);
QColor color(RunStatus status);
QIcon icon(RunStatus status);
QString duration(double seconds);
// What the status means for this run, e.g. when a crashed run was last heard of.
QString toolTip(const RunRecord& run);
// When the run ended: its end time; "still running" only for a live run; for one that
// ended without saying so (crashed, or a writer killed) when it was last heard of.
QString ended(const RunRecord& run);
QString time(double unixSeconds);
} // namespace StatusStyle

} // namespace runlens
