#pragma once

#include "query/QueryField.h"
#include "query/QueryNode.h"
#include "query/QueryPattern.h"
#include "query/QueryToken.h"

#include <optional>

namespace runlens {

// `field op literal`, e.g. params.lr <= 0.01 or name ~ '^sgd-'.
class QueryComparisonNode : public QueryNode {
public:
    // pattern is required for QueryOp::Match and ignored otherwise.
    QueryComparisonNode(QueryField field, QueryOp op, QueryLiteral literal,
                        std::optional<QueryPattern> pattern);

    bool evaluate(const RunRecord& run) const override;
    void collectFields(std::vector<std::string>& out) const override;

private:
    bool holds(int order) const;

    QueryField m_field;
    QueryOp m_op;
    QueryLiteral m_literal;
    std::optional<QueryPattern> m_pattern;
};

} // namespace runlens
