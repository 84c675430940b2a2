#pragma once

#include "runlens/model/RunRecord.h"

#include <QString>
#include <QVector>

#include <cmath>
#include <limits>

namespace runlens {

// What a bound node shows from the store, resolved by DiagramRunBinder: the run it
// stands for (status, duration, one metric's latest value and a sparkline) or why
// there is none. A plain value so that scenes, exports and reports can copy it.
struct DiagramLiveState {
    bool bound = false;      // the node has a binding (explicit, or a step matched by title)
    bool hasRun = false;     // ... and a run was found for it
    QString runId;
    QString runName;
    QString experiment;
    RunStatus status = RunStatus::Running;
    double duration = std::numeric_limits<double>::quiet_NaN();
    QString metricKey;
    double metricValue = std::numeric_limits<double>::quiet_NaN();
    // The metric's trend in log order: bucket means, at most a few dozen.
    QVector<double> sparkline;
    int runCount = 0;        // runs behind an experiment binding
    QString caption;         // one short line when there is no run ("no run named 'train'")
    QString toolTip;         // params and run details

    bool operator==(const DiagramLiveState& o) const
    {
        auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
        return bound == o.bound && hasRun == o.hasRun && runId == o.runId && runName == o.runName &&
               experiment == o.experiment && status == o.status && same(duration, o.duration) &&
               metricKey == o.metricKey && same(metricValue, o.metricValue) && sparkline == o.sparkline &&
               runCount == o.runCount && caption == o.caption && toolTip == o.toolTip;
    }
    bool operator!=(const DiagramLiveState& o) const { return !(*this == o); }
};

} // namespace runlens
