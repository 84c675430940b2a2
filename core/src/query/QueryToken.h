#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace runlens {

// The comparison operators of the query language.
enum class QueryOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Match };

// The operator as written in a query ("<=", "~").
std::string_view toString(QueryOp op);

// The value on the right of a comparison. A literal is a number when its text is one
// (0.01, '0.01', "1e-2" alike), so a number quoted by habit still compares numerically.
struct QueryLiteral {
    std::string text;             // as written for numbers and words, unescaped for strings
    std::optional<double> number; // parseNumber(text)
};

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
