#pragma once

#include "runlens/model/RunRecord.h"

#include <string>
#include <vector>

namespace runlens {

// One node of a parsed query. Nodes are immutable after parsing, which is what makes a
// Query safe to evaluate from several threads at once.
class QueryNode {
public:
    virtual ~QueryNode() = default;

    virtual bool evaluate(const RunRecord& run) const = 0;
    // Appends the spelling of every field this subtree reads (duplicates allowed).
    virtual void collectFields(std::vector<std::string>& out) const = 0;
};

} // namespace runlens
