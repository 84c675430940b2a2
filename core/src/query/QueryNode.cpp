#include "query/QueryNode.h"

namespace runlens {

// Short-circuits: the first operand that decides the result ends the evaluation.
bool QueryLogicNode::evaluate(const RunRecord& run) const
{
    const bool decisive = m_kind == Kind::Or;
    for (const auto& operand : m_operands) {
        if (operand->evaluate(run) == decisive)
            return decisive;
    }
    return !decisive;
}

void QueryLogicNode::collectFields(std::vector<std::string>& out) const
{
    for (const auto& operand : m_operands)
        operand->collectFields(out);
}

} // namespace runlens
