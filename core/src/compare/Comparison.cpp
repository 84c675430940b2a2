#include "runlens/compare/Comparison.h"

#include "compare/CompareMetrics.h"
#include "runlens/stats/StatsFormat.h"
#include "runlens/model/StoreError.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <set>

namespace runlens {

namespace {

using ValueOf = std::function<std::optional<std::string>(const RunRecord&)>;

// The cell of one column for a value every run may or may not have.
CompareCell textCell(const RunGroup& column, const ValueOf& valueOf)
{
    CompareCell c;
    std::vector<std::string> distinct; // in first-seen order, which reads naturally for seeds
    bool someMissing = false;
    for (const auto& run : column.runs) {
        auto v = valueOf(run);
        if (!v) {
            someMissing = true;
            continue;
        }
        c.present = true;
        if (std::find(distinct.begin(), distinct.end(), *v) == distinct.end())
            distinct.push_back(*v);
    }
    c.mixed = distinct.size() > 1 || (c.present && someMissing);
    for (const auto& d : distinct)
        c.text += (c.text.empty() ? "" : ", ") + d;
    if (distinct.size() == 1)
        c.number = parseNumber(distinct[0]).value_or(std::numeric_limits<double>::quiet_NaN());
    return c;
}

CompareRow textRow(const std::string& key, const std::vector<RunGroup>& columns, const ValueOf& valueOf)
{
    CompareRow row;
    row.key = key;
    for (const auto& column : columns)
        row.cells.push_back(textCell(column, valueOf));
    row.differs = std::any_of(row.cells.begin(), row.cells.end(), [&](const CompareCell& c) { return !(c == row.cells[0]); });
    return row;
}

std::vector<CompareRow> paramRows(const std::vector<RunGroup>& columns)
{
    std::set<std::string> keys;
    for (const auto& column : columns)
        for (const auto& run : column.runs)
            for (const auto& [key, value] : run.params)
                keys.insert(key);
    std::vector<CompareRow> rows;
    for (const auto& key : keys) {
        rows.push_back(textRow(key, columns, [&](const RunRecord& run) -> std::optional<std::string> {
            auto it = run.params.find(key);
            return it == run.params.end() ? std::nullopt : std::optional<std::string>(it->second.toString());
        }));
    }
    return rows;
}

// Duration as a mean over the group: runs of one config never take exactly equal time.
CompareRow durationRow(const std::vector<RunGroup>& columns)
{
    CompareRow row;
    row.key = "duration";
    for (const auto& column : columns) {
        CompareCell c;
        double sum = 0;
        std::size_t n = 0;
        for (const auto& run : column.runs) {
            double d = run.duration();
            if (std::isfinite(d)) {
                sum += d;
                ++n;
            }
        }
        c.present = n > 0;
        c.number = n ? sum / double(n) : std::numeric_limits<double>::quiet_NaN();
        c.text = StatsFormat::duration(c.number);
        row.cells.push_back(c);
    }
    row.differs = std::any_of(row.cells.begin(), row.cells.end(), [&](const CompareCell& c) { return !(c == row.cells[0]); });
    return row;
}

std::vector<CompareRow> infoRows(const std::vector<RunGroup>& columns)
{
    auto text = [](std::function<std::string(const RunRecord&)> field) -> ValueOf {
        return [field](const RunRecord& run) -> std::optional<std::string> {
            std::string v = field(run);
            return v.empty() ? std::nullopt : std::optional<std::string>(v);
        };
    };
    std::vector<CompareRow> rows;
    rows.push_back(textRow("experiment", columns, text([](const RunRecord& r) { return r.experiment; })));
    rows.push_back(textRow("status", columns, text([](const RunRecord& r) { return std::string(toString(r.status)); })));
    rows.push_back(textRow("git_commit", columns, text([](const RunRecord& r) { return r.gitCommit; })));
    rows.push_back(textRow("host", columns, text([](const RunRecord& r) { return r.host; })));
    rows.push_back(textRow("command", columns, text([](const RunRecord& r) { return r.command; })));
    rows.push_back(durationRow(columns));
    return rows;
}

template <typename Row>
const Row* findRow(const std::vector<Row>& rows, const std::string& key)
{
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.key == key; });
    return it == rows.end() ? nullptr : &*it;
}

} // namespace

Comparison Comparison::build(std::vector<RunGroup> columns, const Options& options)
{
    if (columns.empty())
        throw StoreError(StoreError::Kind::InvalidInput, "nothing to compare: no runs were given");
    if (options.baseline >= columns.size())
        throw StoreError(StoreError::Kind::InvalidInput,
                         "the baseline is column " + std::to_string(options.baseline + 1) + " but there are only "
                             + std::to_string(columns.size()));
    Comparison c;
    c.baseline = options.baseline;
    c.pick = options.pick;
    c.params = paramRows(columns);
    c.metrics = CompareMetrics::build(columns, options);
    c.info = infoRows(columns);
    c.columns = std::move(columns);
    return c;
}

std::vector<std::string> Comparison::labels() const
{
    std::vector<std::string> out;
    for (const auto& c : columns)
        out.push_back(c.label);
    return out;
}

const CompareRow* Comparison::param(const std::string& key) const { return findRow(params, key); }
const CompareMetricRow* Comparison::metric(const std::string& key) const { return findRow(metrics, key); }
const CompareRow* Comparison::infoRow(const std::string& key) const { return findRow(info, key); }

} // namespace runlens
