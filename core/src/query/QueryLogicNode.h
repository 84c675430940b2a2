#pragma once

#include "query/QueryNode.h"

#include <memory>
#include <vector>

namespace runlens {

// `a and b and c` or `a or b or c`, kept flat so long chains need no deep recursion.
class QueryLogicNode : public QueryNode {
public:
    enum class Kind { And, Or };

    QueryLogicNode(Kind kind, std::vector<std::unique_ptr<QueryNode>> operands)
        : m_kind(kind), m_operands(std::move(operands)) {}

    bool evaluate(const RunRecord& run) const override;
    void collectFields(std::vector<std::string>& out) const override;

private:
    Kind m_kind;
    std::vector<std::unique_ptr<QueryNode>> m_operands;
};

} // namespace runlens
