#pragma once

#include "query/QueryField.h"
#include "query/QueryNode.h"
#include "query/QueryToken.h"

#include "runlens/query/QueryError.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace runlens {

// Recursive-descent parser for the grammar in docs/query-language.md:
//   query      := <empty> | or
//   or         := and ("or" and)*
//   and        := unary ("and" unary)*
//   unary      := "not" unary | "(" or ")" | comparison
//   comparison := field operator value
// Throws QueryError naming what was expected where.
class QueryParser {
public:
    // Nesting of parentheses and `not` is limited so that no query text can exhaust the
    // stack, here or in the Python client (whose recursion limit is lower).
    static constexpr int kMaxDepth = 100;

    explicit QueryParser(std::string_view text);

    // The tree, or null for an empty (all white space) query.
    std::unique_ptr<QueryNode> parse();

private:
    std::unique_ptr<QueryNode> parseOr(int depth);
    std::unique_ptr<QueryNode> parseAnd(int depth);
    std::unique_ptr<QueryNode> parseUnary(int depth);
    std::unique_ptr<QueryNode> parseComparison();
    QueryField parseField();
    QueryField::Kind fieldKind(const QueryToken& word, std::size_t dot) const;

    const QueryToken& peek() const { return m_tokens[m_index]; }
    const QueryToken& take();
    std::string_view source(std::size_t begin, std::size_t end) const;
    void checkDepth(int depth) const;
    // Throws "expected <what> after '<previous>', found '<current>'" (code says what)
    // at the current token; extra is an argument some codes add.
    [[noreturn]] void fail(QueryError::Code code, const std::string& extra = {}) const;

    std::string_view m_text;
    std::vector<QueryToken> m_tokens;
    std::size_t m_index = 0;
    std::string m_previous; // the last thing read, as written, for messages
};

} // namespace runlens
