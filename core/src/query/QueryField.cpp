#include "query/QueryField.h"

#include "query/QueryLexer.h"

#include <cmath>

namespace runlens {

std::optional<QueryOperand> QueryField::valueIn(const RunRecord& run) const
{
    switch (m_kind) {
    case Kind::Metric: {
        // Only the overall series (slice ""): per-slice values are not the run's metric.
        const SeriesSummary* series = run.metric(m_key);
        if (!series || std::isnan(series->lastValue))
            return std::nullopt;
        return QueryOperand::metric(series->lastValue);
    }
    case Kind::Param: {
        // A NaN param is no value, as a NaN metric is (SQLite even stores it as NULL).
        auto it = run.params.find(m_key);
        if (it == run.params.end() || (it->second.isReal() && std::isnan(it->second.real())))
            return std::nullopt;
        return QueryOperand::param(it->second);
    }
    case Kind::Tag: {
        auto it = run.tags.find(m_key);
        if (it == run.tags.end())
            return std::nullopt;
        return QueryOperand::numericText(it->second);
    }
    case Kind::Name: return QueryOperand::plainText(run.name);
    case Kind::Status: return QueryOperand::plainText(toString(run.status));
    case Kind::Experiment: return QueryOperand::plainText(run.experiment);
    case Kind::Id: return QueryOperand::plainText(run.uuid);
    }
    return std::nullopt;
}

std::string QueryField::spelling() const
{
    std::string prefix;
    switch (m_kind) {
    case Kind::Metric: prefix = "metrics."; break;
    case Kind::Param: prefix = "params."; break;
    case Kind::Tag: prefix = "tags."; break;
    case Kind::Name: return "name";
    case Kind::Status: return "status";
    case Kind::Experiment: return "experiment";
    case Kind::Id: return "id";
    }
    if (isBareKey(m_key))
        return prefix + m_key;
    std::string quoted = prefix + '`';
    for (char c : m_key) {
        quoted += c;
        if (c == '`')
            quoted += '`';
    }
    return quoted + '`';
}

bool QueryField::isBareKey(std::string_view key)
{
    if (key.empty())
        return false;
    const char first = key.front();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_'))
        return false;
    for (char c : key) {
        if (!QueryLexer::isWordChar(c))
            return false;
    }
    return true;
}

} // namespace runlens
