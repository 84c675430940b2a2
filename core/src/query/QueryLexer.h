#pragma once

#include "query/QueryToken.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace runlens {

// Splits query text into tokens. Throws QueryError for text that cannot be a token
// (an unterminated string, a stray character).
class QueryLexer {
public:
    explicit QueryLexer(std::string_view text) : m_text(text) {}

    // All tokens, the last one of kind End (at the end of the text).
    std::vector<QueryToken> tokenize();

    // Characters of bare words: ASCII letters and digits, _ . / - and every byte of a
    // non-ASCII UTF-8 character (so "José" is one word).
    static bool isWordChar(char c);

private:
    QueryToken next();
    QueryToken lexQuoted(char quote);
    QueryToken lexBackquoted();
    QueryToken lexWordOrNumber();
    QueryToken lexOperator();
    // End of the number starting at m_pos, or m_pos when there is none.
    std::size_t numberEnd() const;
    std::size_t digitsEnd(std::size_t pos) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace runlens
