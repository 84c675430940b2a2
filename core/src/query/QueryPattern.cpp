#include "query/QueryPattern.h"

#include "runlens/model/TextRules.h"

#include <algorithm>

namespace runlens {

QueryPattern::QueryPattern(const std::string& pattern)
{
    if (hasRegexSyntax(pattern)) {
        m_regex.emplace(pattern);
        return;
    }
    m_needle = TextRules::asciiLower(pattern);
}

bool QueryPattern::search(std::string_view text) const
{
    if (m_regex)
        return m_regex->search(text);
    auto it = std::search(text.begin(), text.end(), m_needle.begin(), m_needle.end(),
                          [](char a, char b) { return TextRules::asciiLower(a) == b; });
    return it != text.end() || m_needle.empty();
}

bool QueryPattern::hasRegexSyntax(std::string_view pattern)
{
    return pattern.find_first_of("\\^$.|?*+()[]{}") != std::string_view::npos;
}

} // namespace runlens
