#include "runlens/compare/SliceTable.h"

#include "runlens/model/StoreError.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace runlens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Value {
    double mean = kNaN;
    std::size_t runs = 0;
};

// The compared value of (key, slice) over a column's runs: the mean of finite values;
// a single run keeps what it logged.
Value valueOf(const RunGroup& column, const std::string& key, const std::string& slice, CompareValue pick,
              MetricDirection direction)
{
    Value v;
    double sum = 0;
    std::size_t finite = 0;
    for (const auto& run : column.runs) {
        const SeriesSummary* s = run.metric(key, slice);
        if (!s)
            continue;
        ++v.runs;
        double x = pickValue(*s, pick, direction);
        if (column.runs.size() == 1)
            return {x, 1};
        if (std::isfinite(x)) {
            sum += x;
            ++finite;
        }
    }
    v.mean = finite ? sum / double(finite) : kNaN;
    return v;
}

// NaN sorts after every number, so rows without a value end up at the bottom.
bool largerFirst(double a, double b)
{
    if (std::isnan(a) != std::isnan(b))
        return std::isnan(b);
    return a > b;
}

} // namespace

SliceTable SliceTable::build(const std::vector<RunGroup>& columns, const Options& options)
{
    if (columns.empty())
        throw StoreError(StoreError::Kind::InvalidInput, "no runs to show slices of");
    if (options.baseline >= columns.size())
        throw StoreError(StoreError::Kind::InvalidInput, "the baseline column does not exist");
    SliceTable table;
    table.baseline = options.baseline;
    for (const auto& c : columns)
        table.labels.push_back(c.label);
    std::map<std::string, std::set<std::string>> slices;
    for (const auto& c : columns)
        for (const auto& run : c.runs)
            for (const auto& s : run.series)
                if (!s.slice.empty())
                    slices[s.key].insert(s.slice);
    for (const auto& [key, names] : slices) {
        MetricDirection dir = options.directions.of(key);
        std::vector<double> overall;
        for (const auto& c : columns)
            overall.push_back(valueOf(c, key, {}, options.pick, dir).mean);
        double baseOverall = overall[options.baseline];
        for (const auto& slice : names) {
            double base = valueOf(columns[options.baseline], key, slice, options.pick, dir).mean;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                SliceRow r;
                r.key = key;
                r.slice = slice;
                r.column = i;
                r.direction = dir;
                Value v = valueOf(columns[i], key, slice, options.pick, dir);
                r.runs = v.runs;
                r.value = v.mean;
                r.overall = overall[i];
                r.gap = shortfall(dir, r.value, r.overall);
                r.baseline = base;
                r.delta = r.value - base;
                r.relDelta = base != 0 ? r.delta / std::fabs(base) : kNaN;
                r.change = compareChange(dir, base, r.value);
                r.overallChange = compareChange(dir, baseOverall, r.overall);
                double limit = std::max(options.worseAbsolute, options.worseRelative * std::fabs(r.overall));
                r.muchWorseThanOverall = r.gap > limit;
                r.regressedWhileOverallImproved = i != options.baseline && r.change == CompareChange::Worse
                                                  && r.overallChange == CompareChange::Better;
                table.rows.push_back(std::move(r));
            }
        }
    }
    table.sort(Order::WorstVsOverall);
    return table;
}

void SliceTable::sort(Order order)
{
    std::stable_sort(rows.begin(), rows.end(), [order](const SliceRow& a, const SliceRow& b) {
        if (a.key != b.key)
            return a.key < b.key;
        if (order == Order::WorstVsOverall && a.gap != b.gap && !(std::isnan(a.gap) && std::isnan(b.gap)))
            return largerFirst(a.gap, b.gap);
        if (order == Order::WorstVsBaseline) {
            double la = shortfall(a.direction, a.value, a.baseline), lb = shortfall(b.direction, b.value, b.baseline);
            if (la != lb && !(std::isnan(la) && std::isnan(lb)))
                return largerFirst(la, lb);
        }
        if (a.slice != b.slice)
            return a.slice < b.slice;
        return a.column < b.column;
    });
}

std::vector<std::string> SliceTable::keys() const
{
    std::set<std::string> out;
    for (const auto& r : rows)
        out.insert(r.key);
    return {out.begin(), out.end()};
}

std::vector<std::string> SliceTable::slices(const std::string& key) const
{
    std::set<std::string> out;
    for (const auto& r : rows)
        if (r.key == key)
            out.insert(r.slice);
    return {out.begin(), out.end()};
}

const SliceRow* SliceTable::find(const std::string& key, const std::string& slice, std::size_t column) const
{
    for (const auto& r : rows)
        if (r.key == key && r.slice == slice && r.column == column)
            return &r;
    return nullptr;
}

std::vector<const SliceRow*> SliceTable::flagged() const
{
    std::vector<const SliceRow*> out;
    for (const auto& r : rows)
        if (r.muchWorseThanOverall || r.regressedWhileOverallImproved)
            out.push_back(&r);
    return out;
}

} // namespace runlens
