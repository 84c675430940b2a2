#include "query/QueryPattern.h"

#include <algorithm>

namespace runlens {

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

QueryPattern::QueryPattern(const std::string& pattern)
{
    if (hasRegexSyntax(pattern)) {
        m_regex.emplace(pattern);
        return;
    }
    m_needle.resize(pattern.size());
    std::transform(pattern.begin(), pattern.end(), m_needle.begin(), asciiLower);
}

bool QueryPattern::search(std::string_view text) const
{
    if (m_regex)
        return m_regex->search(text);
    auto it = std::search(text.begin(), text.end(), m_needle.begin(), m_needle.end(),
                          [](char a, char b) { return asciiLower(a) == b; });
    return it != text.end() || m_needle.empty();
}

bool QueryPattern::hasRegexSyntax(std::string_view pattern)
{
    return pattern.find_first_of("\\^$.|?*+()[]{}") != std::string_view::npos;
}

} // namespace runlens
