#pragma once

#include <string_view>

namespace runlens {

// The comparison operators of the query language.
enum class QueryOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Match };

// The operator as written in a query ("<=", "~").
std::string_view toString(QueryOp op);

} // namespace runlens
