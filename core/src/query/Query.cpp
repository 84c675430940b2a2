#include "runlens/query/Query.h"

#include "query/QueryNode.h"
#include "query/QueryParser.h"

#include <algorithm>

namespace runlens {

Query Query::parse(std::string_view text)
{
    Query query;
    query.m_text = std::string(text);
    query.m_root = QueryParser(text).parse();
    if (query.m_root) {
        std::vector<std::string> all;
        query.m_root->collectFields(all);
        // Keep the first appearance of each field: completion lists read left to right.
        for (auto& field : all) {
            if (std::find(query.m_fields.begin(), query.m_fields.end(), field) == query.m_fields.end())
                query.m_fields.push_back(std::move(field));
        }
    }
    return query;
}

bool Query::matches(const RunRecord& run) const
{
    return !m_root || m_root->evaluate(run);
}

} // namespace runlens
