#include "runlens/compare/ScatterData.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace runlens {

namespace {

// A value of the axis for one run: a number, or the text of a categorical param.
struct AxisValue {
    std::optional<double> number;
    std::optional<std::string> text;
};

AxisValue axisValue(const RunRecord& run, const ScatterAxis& axis, const MetricDirections& directions)
{
    AxisValue v;
    if (axis.kind == ScatterAxis::Kind::Metric) {
        if (const SeriesSummary* s = run.metric(axis.key))
            v.number = pickValue(*s, axis.pick, directions.of(axis.key));
        return v;
    }
    auto it = run.params.find(axis.key);
    if (it == run.params.end())
        return v;
    v.number = it->second.asNumber();
    v.text = it->second.toString();
    return v;
}

} // namespace

ScatterData ScatterData::build(const std::vector<RunRecord>& runs, const ScatterAxis& xAxis,
                               const ScatterAxis& yAxis, const MetricDirections& directions)
{
    ScatterData d;
    d.xAxis = xAxis;
    d.yAxis = yAxis;
    std::vector<AxisValue> xs;
    std::vector<const RunRecord*> kept;
    for (const auto& run : runs) {
        AxisValue xv = axisValue(run, xAxis, directions);
        AxisValue yv = axisValue(run, yAxis, directions);
        bool hasX = xv.number.has_value() || xv.text.has_value();
        if (!hasX || !yv.number || !std::isfinite(*yv.number) || (xv.number && std::isnan(*xv.number))) {
            ++d.skipped;
            continue;
        }
        xs.push_back(xv);
        d.y.push_back(*yv.number);
        kept.push_back(&run);
    }
    // Categorical when any value is not a finite number (e.g. "adam", "true").
    d.categorical = std::any_of(xs.begin(), xs.end(),
                                [](const AxisValue& v) { return !v.number || !std::isfinite(*v.number); });
    if (d.categorical) {
        std::set<std::string> names;
        for (const auto& v : xs)
            names.insert(*v.text);
        d.categories.assign(names.begin(), names.end());
        std::vector<int> index;
        for (const auto& v : xs) {
            index.push_back(int(std::lower_bound(d.categories.begin(), d.categories.end(), *v.text) - d.categories.begin()));
            d.x.push_back(index.back());
        }
        d.ratio = Correlation::ratio(index, d.y);
    }
    else {
        for (const auto& v : xs)
            d.x.push_back(*v.number);
        d.fit = LinearFit::fit(d.x, d.y);
        d.pearson = Correlation::pearson(d.x, d.y);
        d.spearman = Correlation::spearman(d.x, d.y);
    }
    for (const RunRecord* run : kept)
        d.runIds.push_back(run->uuid);
    return d;
}

} // namespace runlens
