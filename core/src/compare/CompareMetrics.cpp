#include "compare/CompareMetrics.h"

#include <cmath>
#include <set>

namespace runlens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The mean of the finite values; NaN when there is none.
double finiteMean(const std::vector<double>& values)
{
    double sum = 0;
    std::size_t n = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++n;
        }
    }
    return n ? sum / double(n) : kNaN;
}

std::vector<double> picks(const RunGroup& column, const std::string& key, MetricDirection direction,
                          CompareValue pick)
{
    std::vector<double> out;
    for (const auto& run : column.runs) {
        if (const SeriesSummary* s = run.metric(key))
            out.push_back(pickValue(*s, pick, direction));
    }
    return out;
}

CompareMetricCell cell(const RunGroup& column, const std::string& key, MetricDirection direction,
                       CompareValue pick)
{
    CompareMetricCell c;
    std::vector<double> last, best, min, max;
    for (const auto& run : column.runs) {
        if (const SeriesSummary* s = run.metric(key)) {
            last.push_back(s->lastValue);
            best.push_back(pickValue(*s, CompareValue::Best, direction));
            min.push_back(s->minValue);
            max.push_back(s->maxValue);
        }
    }
    auto values = picks(column, key, direction, pick);
    c.stats = DescriptiveStats::of(values);
    c.runs = c.stats.n;
    if (column.runs.size() == 1 && last.size() == 1) {
        // A single run shows what it logged, even a diverged inf.
        c.last = last[0];
        c.best = best[0];
        c.min = min[0];
        c.max = max[0];
        c.value = values[0];
        return c;
    }
    c.last = finiteMean(last);
    c.best = finiteMean(best);
    c.min = finiteMean(min);
    c.max = finiteMean(max);
    c.value = c.stats.mean;
    return c;
}

} // namespace

std::vector<CompareMetricRow> CompareMetrics::build(const std::vector<RunGroup>& columns,
                                                    const Comparison::Options& options)
{
    std::set<std::string> keys;
    for (const auto& column : columns)
        for (const auto& run : column.runs)
            for (const auto& s : run.series)
                if (s.slice.empty())
                    keys.insert(s.key);
    std::vector<CompareMetricRow> rows;
    const RunGroup& base = columns[options.baseline];
    for (const auto& key : keys) {
        CompareMetricRow row;
        row.key = key;
        row.direction = options.directions.of(key);
        row.directionChosen = options.directions.isChosen(key);
        for (const auto& column : columns)
            row.cells.push_back(cell(column, key, row.direction, options.pick));
        const auto& baseCell = row.cells[options.baseline];
        auto basePicks = picks(base, key, row.direction, options.pick);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            auto& c = row.cells[i];
            c.delta = c.value - baseCell.value;
            c.relDelta = baseCell.value != 0 ? c.delta / std::fabs(baseCell.value) : kNaN;
            c.change = compareChange(row.direction, baseCell.value, c.value);
            bool groups = columns[i].runs.size() > 1 || base.runs.size() > 1;
            if (i == options.baseline || !groups)
                continue;
            Verdict::Options vo;
            vo.noun = columns[i].runs.size() > 1 ? columns[i].noun : base.noun;
            vo.alpha = options.alpha;
            c.verdict = Verdict::decide(key, row.direction, base.label, basePicks, columns[i].label,
                                        picks(columns[i], key, row.direction, options.pick), vo);
        }
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (i != options.baseline)
                row.cells[i].mark = compareMark(row.cells[i].change, row.cells[i].verdict);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace runlens
