#pragma once

#include "runlens/query/QueryError.h"
#include "runlens/model/RunRecord.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace runlens {

class QueryNode;

// A parsed run filter in the query language of docs/query-language.md, e.g.
//   params.lr = 0.01 and metrics.`val/acc` > 0.9
// The text is parsed once into an immutable tree (regular expressions compiled there
// too) that is evaluated in memory; user text never becomes SQL.
//
// Copies share the tree, so a Query is cheap to copy and to hand to other threads;
// matches() may be called from several threads at once.
class Query {
public:
    // The empty query: matches every run.
    Query() = default;

    // Throws QueryError with the byte position of the first problem found.
    static Query parse(std::string_view text);

    bool matches(const RunRecord& run) const;
    // True for a query that is empty or only whitespace.
    bool isEmpty() const { return !m_root; }
    const std::string& text() const { return m_text; }
    // The fields the query reads, each once, in the order they first appear, spelled as
    // the query language writes them ("params.lr", "metrics.`val acc`", "status").
    const std::vector<std::string>& fieldsUsed() const { return m_fields; }

private:
    std::string m_text;
    std::shared_ptr<const QueryNode> m_root; // null: matches everything
    std::vector<std::string> m_fields;
};

} // namespace runlens
