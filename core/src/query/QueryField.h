#pragma once

#include "query/QueryOperand.h"

#include "runlens/model/RunRecord.h"

#include <optional>
#include <string>
#include <string_view>

namespace runlens {

// The left side of a comparison: which value of a run it reads.
class QueryField {
public:
    enum class Kind { Metric, Param, Tag, Name, Status, Experiment, Id };

    QueryField(Kind kind, std::string key) : m_kind(kind), m_key(std::move(key)) {}

    Kind kind() const { return m_kind; }
    const std::string& key() const { return m_key; }

    // The run's value, or nullopt when the run has none: a missing param, tag or
    // overall metric, or a NaN metric (last value) or param. The operand may point into
    // run, so it must not outlive it.
    std::optional<QueryOperand> valueIn(const RunRecord& run) const;

    // How the query language writes this field: "params.lr", "metrics.`val acc`".
    std::string spelling() const;

    // A key that needs no backquotes: a letter or '_' first, then word characters.
    static bool isBareKey(std::string_view key);

private:
    Kind m_kind;
    std::string m_key; // empty for name, status, experiment, id
};

} // namespace runlens
