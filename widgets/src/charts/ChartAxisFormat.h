#pragma once

#include "charts/ChartOptions.h"

#include <QCoreApplication>
#include <QString>

class QCPAxis;
class QCPRange;

namespace runlens {

// The X axis of a learning-curve chart for each kind of x: steps (500, 1.5k, 1.2M),
// wall time (clock time, with milliseconds for short ranges) or time since start
// (seconds for short runs, h:mm:ss for long ones), and how an x reads in a tooltip.
class ChartAxisFormat {
    Q_DECLARE_TR_FUNCTIONS(runlens::ChartAxisFormat)

public:
    // Sets the ticker and label of axis for showing range of x.
    static void apply(QCPAxis* axis, ChartOptions::XAxis kind, const QCPRange& range);
    static QString format(ChartOptions::XAxis kind, double x);
};

} // namespace runlens
