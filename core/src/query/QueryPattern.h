#pragma once

#include "query/QueryRegex.h"

#include <optional>
#include <string>
#include <string_view>

namespace runlens {

// The right side of `~`: a case-insensitive regular expression searched anywhere in the
// text. Compiled once when the query is parsed; search() is const and thread-safe.
//
// Both sides are treated as bytes with ASCII-only case folding, the same rules the Python
// client applies (it searches UTF-8 bytes), so the app and the client agree.
class QueryPattern {
public:
    // Throws QueryPatternError (a std::invalid_argument) with the reason for a pattern
    // outside the supported subset (docs/query-language.md).
    explicit QueryPattern(const std::string& pattern);

    bool search(std::string_view text) const;

private:
    static bool hasRegexSyntax(std::string_view pattern);

    // Plain words are by far the most common pattern: a lower-cased needle searched
    // directly needs no automaton.
    std::string m_needle;
    std::optional<QueryRegex> m_regex;
};

} // namespace runlens
