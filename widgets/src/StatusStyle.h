#pragma once

#include "runlens/RunStatus.h"

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
};

} // namespace runlens
