#pragma once

#include "runlens/compare/CompareValue.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/model/RunRecord.h"
#include "runlens/stats/Correlation.h"
#include "runlens/stats/LinearFit.h"

#include <string>
#include <vector>

namespace runlens {

// What one axis of a scatter plot shows: a param, or a metric (one value per run).
struct ScatterAxis {
    enum class Kind { Param, Metric };

    Kind kind = Kind::Metric;
    std::string key;
    CompareValue pick = CompareValue::Last; // for metrics

    static ScatterAxis param(const std::string& key) { return {Kind::Param, key, CompareValue::Last}; }
    static ScatterAxis metric(const std::string& key, CompareValue pick = CompareValue::Last)
    {
        return {Kind::Metric, key, pick};
    }
};

// The points of a scatter plot of x (a param or a metric) against y (a metric) over
// runs, with the least-squares line and Pearson and Spearman correlations. A param
// whose values are not all numbers is categorical: x is then the index of the value in
// `categories` (sorted), and instead of the line and the correlations there is the
// correlation ratio η with its ANOVA p-value. Runs lacking either value (or with NaN /
// ±Inf) are skipped.
struct ScatterData {
    ScatterAxis xAxis, yAxis;
    bool categorical = false;
    std::vector<std::string> categories;  // x labels when categorical
    std::vector<double> x, y;
    std::vector<std::string> runIds;      // uuid of each point, for hover and selection
    std::size_t skipped = 0;
    LinearFit fit;                        // numeric x only
    Correlation pearson, spearman;        // numeric x only
    Correlation ratio;                    // categorical x only

    static ScatterData build(const std::vector<RunRecord>& runs, const ScatterAxis& x, const ScatterAxis& y,
                             const MetricDirections& directions = {});
};

} // namespace runlens
