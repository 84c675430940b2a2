#pragma once

#include "runlens/compare/CompareValue.h"
#include "runlens/stats/Correlation.h"
#include "runlens/model/MetricDirections.h"
#include "runlens/model/RunRecord.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace runlens {

// Which params matter for a metric over a set of runs (the filtered runs of the
// browser): per param a correlation with the metric, and the permutation importance of
// the param in a standardised ridge regression of the metric on all params together.
// Numeric params are one standardised feature each (missing values filled with the
// mean); text params are one-hot encoded, and their columns are shuffled together, so
// a categorical param gets one importance. Runs without a finite value of the metric
// are skipped. See docs/statistics.md for the method and its limits.
struct ParamImportance {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    struct Entry {
        std::string param;
        bool categorical = false;
        std::size_t levels = 0;   // distinct values in the used runs (categorical: "missing" counts)
        std::size_t missing = 0;  // used runs that do not have the param
        Correlation pearson;      // numeric params, over the runs that have the param
        Correlation spearman;
        Correlation ratio;        // categorical params: correlation ratio η, ANOVA p-value
        double coefficient = kNaN; // numeric: ridge coefficient, metric units per std of the param
        double importance = 0;     // mean increase of the squared error when shuffled
        double importanceStd = 0;  // its spread over the shuffles
        double share = 0;          // importance / sum of all positive importances, 0..1
    };

    struct Options {
        CompareValue pick = CompareValue::Last;
        MetricDirections directions;      // for pick = Best
        std::vector<std::string> params;  // empty = every param any used run has, except
                                          // the repeat params (below)
        // Also weigh the params that only tell repeats of one config apart
        // (RunGroup::repeatParams(), e.g. seed). Off by default: a seed "explaining" 76 %
        // of the variance says the configs are noisy, not that the seed matters.
        bool includeRepeatParams = false;
        double lambda = kNaN;             // NaN: choose by leave-one-out error
        int repeats = 30;
        std::uint64_t seed = 20240601;
    };

    std::string metric;
    std::size_t runsUsed = 0;
    std::size_t runsSkipped = 0;         // no finite value of the metric
    double lambda = kNaN;
    double r2 = kNaN;                    // of the fit on the runs it was fitted to
    double looR2 = kNaN;                 // leave-one-out: how well it predicts an unseen run
    std::vector<Entry> entries;          // largest importance first
    std::vector<std::string> constant;   // one value in every used run: nothing to learn
    std::vector<std::string> unique;     // text with a different value in every run (names,
                                         // ids) or more than 100 values: left out
    std::vector<std::string> repeats;    // repeat params the used runs have, left out
                                         // (Options::includeRepeatParams is off)
    std::string problem;                 // why there are no entries; "" when there are
    // Set when the fitted model predicts unseen runs no better than the mean of the
    // metric (looR2 <= 0): the importances are then noise, whatever their shares say.
    std::string warning;

    static ParamImportance compute(const std::vector<RunRecord>& runs, const std::string& metric,
                                   const Options& options);
    static ParamImportance compute(const std::vector<RunRecord>& runs, const std::string& metric)
    {
        return compute(runs, metric, Options{});
    }

    const Entry* find(const std::string& param) const;
};

} // namespace runlens
