#pragma once

#include "runlens/compare/CompareValue.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/model/RunRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace runlens {

// One vertical axis of a parallel-coordinates plot: a param or the metric, with every
// run's value on it. Numeric values are placed linearly (or on a log scale when they
// are all positive and span three decades, as learning rates do); a param with any
// non-numeric value is categorical, its values evenly spaced in natural order.
struct ParallelAxis {
    QString name;
    bool isMetric = false;
    bool categorical = false;
    bool logScale = false;
    QStringList categories;
    double min = 0, max = 1;
    std::vector<double> values; // per run: the number or the category index; NaN if missing

    // Where v sits on the axis, 0 (bottom) .. 1 (top); NaN for NaN.
    double position(double v) const;
    // The run's position, NaN when it has no value.
    double positionOf(std::size_t run) const { return position(values[run]); }
    QString format(double v) const;
    // Tick positions (0..1) with their labels.
    std::vector<std::pair<double, QString>> ticks() const;
};

// The axes of a parallel-coordinates plot over runs: the chosen params, then one
// metric (its value picked per run as in comparisons: last, best, min or max).
class ParallelCoordinatesData {
    Q_DECLARE_TR_FUNCTIONS(runlens::ParallelCoordinatesData)
public:
    std::vector<ParallelAxis> axes;
    QStringList runIds;
    QStringList runNames;

    static ParallelCoordinatesData build(const std::vector<RunRecord>& runs, const std::vector<std::string>& params,
                                         const std::string& metric, CompareValue pick,
                                         const MetricDirections& directions);
    std::size_t runCount() const { return std::size_t(runIds.size()); }
};

} // namespace runlens
