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
class CurveGrouping {
public:
    struct Group {
        QString label;
        std::vector<double> x, mean, min, max, stddev;
        std::vector<int> count; // runs that had a value at each x
        int runs = 0;
    };

    // Distinct x values up to which they are used as they are.
    static constexpr std::size_t kMaxExactX = 4000;
    static constexpr std::size_t kBins = 1000;

    static Group aggregate(const QString& label, const std::vector<const SeriesLod*>& curves);

private:
    static std::vector<double> grid(const std::vector<const SeriesLod*>& curves, double& binWidth);
    static double valueAt(const SeriesLod& curve, double x, double binWidth);
};

} // namespace runlens
