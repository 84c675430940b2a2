#include "query/QueryToken.h"

namespace runlens {

std::string_view toString(QueryOp op)
{
    switch (op) {
    case QueryOp::Equal: return "=";
    case QueryOp::NotEqual: return "!=";
    case QueryOp::Less: return "<";
    case QueryOp::LessEqual: return "<=";
    case QueryOp::Greater: return ">";
    case QueryOp::GreaterEqual: return ">=";
    case QueryOp::Match: return "~";
    }
    return "=";
}

} // namespace runlens
