#pragma once

#include "runlens/series/SeriesLod.h"

#include <QString>

#include <vector>

namespace runlens {

// Runs grouped by a param or tag (the seeds of one config, say) drawn as one line: the
// mean over the group's runs with a band of min–max or ±1 standard deviation.
//
// Curves rarely share every x, so each run is read at common x positions: the x values
// themselves when the group has few distinct ones (epochs), else evenly spaced bins
// whose value per run is the mean of the run's points in the bin. Where a run has no
// point at an x inside its range, its value there is interpolated linearly; outside its
// range it does not count.
namespace CurveGrouping {
struct Group {
    QString label;
    std::vector<double> x, mean, min, max, stddev;
    std::vector<int> count; // runs that had a value at each x
    int runs = 0;
};

// Distinct x values up to which they are used as they are.
inline constexpr std::size_t kMaxExactX = 4000;
inline constexpr std::size_t kBins = 1000;

Group aggregate(const QString& label, const std::vector<const SeriesLod*>& curves);
} // namespace CurveGrouping

} // namespace runlens
