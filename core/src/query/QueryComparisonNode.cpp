#include "query/QueryComparisonNode.h"

namespace runlens {

QueryComparisonNode::QueryComparisonNode(QueryField field, QueryOp op, QueryLiteral literal,
                                         std::optional<QueryPattern> pattern)
    : m_field(std::move(field))
    , m_op(op)
    , m_literal(std::move(literal))
    , m_pattern(std::move(pattern))
{
}

// A run without the field fails every comparison, != included: "params.opt != 'adam'"
// should not list runs that never had an optimizer. `not` turns that around on purpose.
bool QueryComparisonNode::evaluate(const RunRecord& run) const
{
    auto value = m_field.valueIn(run);
    if (!value)
        return false;
    if (m_op == QueryOp::Match)
        return m_pattern->search(value->text());
    if (m_literal.number) {
        if (auto number = value->number()) {
            const double a = *number;
            const double b = *m_literal.number;
            return holds(a < b ? -1 : (a > b ? 1 : 0));
        }
    }
    // Byte-wise, which for UTF-8 is code-point order: the same order Python's str uses.
    return holds(value->text().compare(m_literal.text));
}

// Whether the operator accepts a three-way comparison result (<0, 0, >0).
bool QueryComparisonNode::holds(int order) const
{
    switch (m_op) {
    case QueryOp::Equal: return order == 0;
    case QueryOp::NotEqual: return order != 0;
    case QueryOp::Less: return order < 0;
    case QueryOp::LessEqual: return order <= 0;
    case QueryOp::Greater: return order > 0;
    case QueryOp::GreaterEqual: return order >= 0;
    case QueryOp::Match: return false;
    }
    return false;
}

void QueryComparisonNode::collectFields(std::vector<std::string>& out) const
{
    out.push_back(m_field.spelling());
}

} // namespace runlens
