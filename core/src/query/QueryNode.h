#pragma once

#include "runlens/model/RunRecord.h"

#include <memory>
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

// `not a`.
class QueryNotNode : public QueryNode {
public:
    explicit QueryNotNode(std::unique_ptr<QueryNode> operand) : m_operand(std::move(operand)) {}

    bool evaluate(const RunRecord& run) const override { return !m_operand->evaluate(run); }
    void collectFields(std::vector<std::string>& out) const override { m_operand->collectFields(out); }

private:
    std::unique_ptr<QueryNode> m_operand;
};

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
