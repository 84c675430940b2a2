#pragma once

#include "query/QueryNode.h"

#include <memory>

namespace runlens {

// `not a`.
class QueryNotNode : public QueryNode {
public:
    explicit QueryNotNode(std::unique_ptr<QueryNode> operand) : m_operand(std::move(operand)) {}

    bool evaluate(const RunRecord& run) const override { return !m_operand->evaluate(run); }
    void collectFields(std::vector<std::string>& out) const override { m_operand->collectFields(out); }

private:
    std::unique_ptr<QueryNode> m_operand;
};

} // namespace runlens
