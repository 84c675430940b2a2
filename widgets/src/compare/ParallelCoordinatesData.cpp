#include "compare/ParallelCoordinatesData.h"

#include "common/NumberFormat.h"
#include "compare/CompareFormat.h"

#include <QCollator>

#include <algorithm>
#include <cmath>
#include <set>

namespace runlens {

double ParallelAxis::position(double v) const
{
    if (std::isnan(v))
        return NAN;
    if (categorical)
        return categories.isEmpty() ? 0.5 : (v + 0.5) / double(categories.size());
    if (max <= min)
        return 0.5;
    if (logScale)
        return (std::log10(v) - std::log10(min)) / (std::log10(max) - std::log10(min));
    return (v - min) / (max - min);
}

QString ParallelAxis::format(double v) const
{
    if (categorical)
        return std::isnan(v) ? QStringLiteral("–") : categories.value(int(v));
    return CompareFormat::number(v);
}

std::vector<std::pair<double, QString>> ParallelAxis::ticks() const
{
    std::vector<std::pair<double, QString>> out;
    if (categorical) {
        for (int i = 0; i < categories.size(); ++i)
            out.push_back({position(i), categories[i]});
        return out;
    }
    if (max <= min) {
        out.push_back({0.5, NumberFormat::value(min, 4)});
        return out;
    }
    // A grid of a few values (seeds, batch sizes, learning rates): tick exactly those.
    std::set<double> distinct;
    for (double v : values)
        if (std::isfinite(v) && distinct.size() <= 8)
            distinct.insert(v);
    if (distinct.size() <= 8) {
        for (double v : distinct)
            out.push_back({position(v), NumberFormat::value(v, 4)});
        return out;
    }
    if (logScale) {
        for (double e = std::ceil(std::log10(min)); e <= std::floor(std::log10(max)) + 1e-9; e += 1)
            out.push_back({position(std::pow(10.0, e)), NumberFormat::value(std::pow(10.0, e), 4)});
        if (out.size() >= 2)
            return out;
        out.clear();
    }
    for (int i = 0; i <= 4; ++i) {
        double t = i / 4.0;
        double v = logScale ? std::pow(10.0, std::log10(min) + t * (std::log10(max) - std::log10(min)))
                            : min + t * (max - min);
        out.push_back({t, NumberFormat::value(v, 3)});
    }
    return out;
}

namespace {

void finishNumeric(ParallelAxis& axis)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : axis.values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    axis.min = lo;
    axis.max = hi;
    // Infinite values (a diverged loss) would flatten every other run: clamp them to the ends.
    for (double& v : axis.values)
        if (std::isinf(v))
            v = v > 0 ? hi : lo;
    axis.logScale = lo > 0 && hi / lo >= 1000;
}

ParallelAxis paramAxis(const std::vector<RunRecord>& runs, const std::string& key)
{
    ParallelAxis axis;
    axis.name = QString::fromStdString(key);
    bool numeric = true;
    std::set<std::string> texts;
    for (const auto& run : runs) {
        auto it = run.params.find(key);
        if (it == run.params.end())
            continue;
        texts.insert(it->second.toString());
        numeric = numeric && it->second.asNumber().has_value();
    }
    axis.categorical = !numeric;
    if (axis.categorical) {
        for (const auto& t : texts)
            axis.categories << QString::fromStdString(t);
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(axis.categories.begin(), axis.categories.end(),
                  [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    }
    for (const auto& run : runs) {
        auto it = run.params.find(key);
        if (it == run.params.end())
            axis.values.push_back(NAN);
        else if (axis.categorical)
            axis.values.push_back(axis.categories.indexOf(QString::fromStdString(it->second.toString())));
        else
            axis.values.push_back(*it->second.asNumber());
    }
    if (!axis.categorical)
        finishNumeric(axis);
    return axis;
}

} // namespace

ParallelCoordinatesData ParallelCoordinatesData::build(const std::vector<RunRecord>& runs,
                                                       const std::vector<std::string>& params,
                                                       const std::string& metric, CompareValue pick,
                                                       const MetricDirections& directions)
{
    ParallelCoordinatesData data;
    for (const auto& run : runs) {
        data.runIds << QString::fromStdString(run.uuid);
        data.runNames << QString::fromStdString(run.name.empty() ? run.uuid : run.name);
    }
    for (const auto& key : params)
        data.axes.push_back(paramAxis(runs, key));
    if (!metric.empty()) {
        ParallelAxis axis;
        axis.name = QString::fromStdString(metric);
        axis.isMetric = true;
        MetricDirection direction = directions.of(metric);
        for (const auto& run : runs) {
            const SeriesSummary* s = run.metric(metric);
            axis.values.push_back(s ? pickValue(*s, pick, direction) : NAN);
        }
        finishNumeric(axis);
        axis.logScale = false; // metrics read best on their own linear scale
        data.axes.push_back(std::move(axis));
    }
    return data;
}

} // namespace runlens
