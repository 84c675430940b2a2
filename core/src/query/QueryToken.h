#pragma once

#include "query/QueryOp.h"

#include <cstddef>
#include <string>

namespace runlens {

// One lexical unit of a query. begin/end are byte offsets into the query text, so
// errors can point at the token and messages can quote it as the user wrote it.
struct QueryToken {
    enum class Kind {
        Word,       // bare word: a field, or a value such as finished or sgd-1
        Number,     // -1, 0.01, 1e-3
        String,     // 'text' or "text"
        Backquoted, // `key`, only meaningful right after "metrics." and the like
        Operator,
        LeftParen,
        RightParen,
        And,
        Or,
        Not,
        End,
    };

    Kind kind = Kind::End;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string value; // words and numbers as written; strings and keys unescaped
    QueryOp op = QueryOp::Equal; // for Operator
};

} // namespace runlens
