#pragma once

#include <QColor>
#include <QString>

#include <cstdint>
#include <limits>

namespace runlens {

// What a chart needs to know of one run for one metric key: enough to load its points,
// fetch what is new, colour and name it — no pointers into the runs model, which
// changes while the chart lives.
struct ChartRun {
    QString uuid;
    QString name;
    QColor color;
    std::int64_t seriesId = 0;
    std::int64_t count = 0;  // points the store has, from the run's series summary
    double startTime = 0;
    QString group;           // the group label when runs are grouped
    double last = std::numeric_limits<double>::quiet_NaN(); // the last value, from the summary
};

} // namespace runlens
