#include "runlens/compare/ParamImportance.h"

#include "compare/ParamImportanceDesign.h"
#include "runlens/stats/DescriptiveStats.h"
#include "runlens/compare/PermutationImportance.h"
#include "runlens/compare/RunGroup.h"
#include "runlens/stats/RidgeRegression.h"
#include "runlens/stats/StatsFormat.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace runlens {

namespace {

// Correlations of one param with the metric, on the runs that have the param.
void correlate(ParamImportance::Entry& e, const ParamImportanceDesign::Feature& f, const std::vector<double>& y)
{
    if (f.categorical) {
        e.ratio = Correlation::ratio(f.category, y);
        return;
    }
    std::vector<double> x, yy;
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (!std::isnan(f.numbers[i])) {
            x.push_back(f.numbers[i]);
            yy.push_back(y[i]);
        }
    }
    e.pearson = Correlation::pearson(x, yy);
    e.spearman = Correlation::spearman(x, yy);
}

void sortAndShare(std::vector<ParamImportance::Entry>& entries)
{
    double total = 0;
    for (const auto& e : entries)
        total += std::max(0.0, e.importance);
    for (auto& e : entries)
        e.share = total > 0 ? std::max(0.0, e.importance) / total : 0.0;
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        if (a.importance != b.importance)
            return a.importance > b.importance;
        return a.param < b.param;
    });
}

// The params to weigh: the ones asked for, else every param of the used runs except the
// repeat params (which are listed in leftOut) unless those are wanted too.
std::vector<std::string> paramsToWeigh(const std::vector<const RunRecord*>& used, const ParamImportance::Options& options,
                                       std::vector<std::string>& leftOut)
{
    if (!options.params.empty() || options.includeRepeatParams)
        return options.params;
    const auto& repeats = RunGroup::repeatParams();
    std::set<std::string> keys;
    for (const RunRecord* run : used)
        for (const auto& [key, value] : run->params)
            keys.insert(key);
    std::vector<std::string> out;
    for (const auto& key : keys) {
        if (std::find(repeats.begin(), repeats.end(), key) != repeats.end())
            leftOut.push_back(key);
        else
            out.push_back(key);
    }
    return out;
}

} // namespace

ParamImportance ParamImportance::compute(const std::vector<RunRecord>& runs, const std::string& metric,
                                         const Options& options)
{
    ParamImportance out;
    out.metric = metric;
    std::vector<const RunRecord*> used;
    std::vector<double> y;
    MetricDirection direction = options.directions.of(metric);
    for (const auto& run : runs) {
        const SeriesSummary* s = run.metric(metric);
        double v = s ? pickValue(*s, options.pick, direction) : kNaN;
        if (!std::isfinite(v)) {
            ++out.runsSkipped;
            continue;
        }
        used.push_back(&run);
        y.push_back(v);
    }
    out.runsUsed = used.size();
    if (used.size() < 3) {
        out.problem = "needs at least 3 runs with a value of " + metric + "; " + std::to_string(used.size())
                      + (used.size() == 1 ? " has one" : " have one");
        return out;
    }
    auto params = paramsToWeigh(used, options, out.repeats);
    std::string noVariation = "no param varies between the " + std::to_string(used.size()) + " runs";
    if (!out.repeats.empty())
        noVariation += " except " + out.repeats.front() + ", which only tells repeats of one config apart";
    if (params.empty() && !out.repeats.empty()) { // an empty list would mean "every param"
        out.problem = noVariation;
        return out;
    }
    ParamImportanceDesign design(used, params);
    out.constant = design.constant();
    out.unique = design.unique();
    if (design.features().empty()) {
        out.problem = noVariation;
        return out;
    }
    if (DescriptiveStats::of(y).stddev == 0) {
        out.problem = metric + " has the same value in all " + std::to_string(used.size()) + " runs";
        return out;
    }
    const auto& x = design.columns();
    out.lambda = options.lambda;
    double looMse = kNaN;
    if (std::isnan(out.lambda)) {
        auto choice = RidgeRegression::chooseLambda(x, y, RidgeRegression::defaultLambdaGrid());
        out.lambda = choice.lambda;
        looMse = choice.looMse;
    }
    else {
        std::vector<double> grid{out.lambda};
        looMse = RidgeRegression::chooseLambda(x, y, grid).looMse;
    }
    RidgeRegression model = RidgeRegression::fit(x, y, out.lambda);
    out.r2 = model.rSquared(x, y);
    double variance = std::pow(DescriptiveStats::of(y).stddev, 2) * double(y.size() - 1) / double(y.size());
    out.looR2 = 1.0 - looMse / variance;
    if (!(out.looR2 > 0))
        out.warning = "the params predict " + metric + " of a left-out run no better than its mean (leave-one-out R² = "
                      + StatsFormat::number(out.looR2, 2) + "): the importances below are noise";

    std::vector<std::vector<std::size_t>> groups;
    for (const auto& f : design.features())
        groups.push_back(f.columns);
    auto permutation = PermutationImportance::compute([&](const auto& cols) { return model.predict(cols); }, x, y,
                                                      groups, {options.repeats, options.seed});
    for (std::size_t i = 0; i < design.features().size(); ++i) {
        const auto& f = design.features()[i];
        Entry e;
        e.param = f.param;
        e.categorical = f.categorical;
        e.levels = f.levels;
        e.missing = f.missing;
        if (!f.categorical)
            e.coefficient = model.coefficients()[f.columns.front()];
        e.importance = permutation.importance[i];
        e.importanceStd = permutation.stddev[i];
        correlate(e, f, y);
        out.entries.push_back(std::move(e));
    }
    sortAndShare(out.entries);
    return out;
}

const ParamImportance::Entry* ParamImportance::find(const std::string& param) const
{
    for (const auto& e : entries) {
        if (e.param == param)
            return &e;
    }
    return nullptr;
}

} // namespace runlens
