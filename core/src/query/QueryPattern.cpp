#include "query/QueryPattern.h"

#include "runlens/model/TextRules.h"

#include <algorithm>
#include <locale>
#include <stdexcept>

namespace runlens {

namespace {

std::regex::flag_type regexFlags()
{
    auto flags = std::regex::ECMAScript | std::regex::icase;
#if defined(__GLIBCXX__)
    // libstdc++ matches with a recursive backtracker by default, whose recursion grows
    // with the text: `a.*b` over a 100 kB tag overflows the stack. Its breadth-first
    // executor uses bounded stack and polynomial time; it only lacks back-references,
    // which the query language leaves out anyway.
    flags |= std::regex_constants::__polynomial;
#endif
    return flags;
}

} // namespace

QueryPattern::QueryPattern(const std::string& pattern)
{
    if (!hasRegexSyntax(pattern)) {
        m_needle = TextRules::asciiLower(pattern);
        return;
    }
    if (hasBackReference(pattern))
        throw std::invalid_argument("back-references such as \\1 are not supported");
    try {
        std::regex regex;
        // The classic locale keeps case folding to ASCII whatever locale the app runs in.
        regex.imbue(std::locale::classic());
        regex.assign(pattern, regexFlags());
        m_regex = std::move(regex);
    } catch (const std::regex_error& e) {
        throw std::invalid_argument(e.what());
    }
}

bool QueryPattern::search(std::string_view text) const
{
    if (m_regex)
        return std::regex_search(text.begin(), text.end(), *m_regex);
    auto it = std::search(text.begin(), text.end(), m_needle.begin(), m_needle.end(),
                          [](char a, char b) { return TextRules::asciiLower(a) == b; });
    return it != text.end() || m_needle.empty();
}

bool QueryPattern::hasRegexSyntax(std::string_view pattern)
{
    return pattern.find_first_of("\\^$.|?*+()[]{}") != std::string_view::npos;
}

// \1 .. \9 outside an escaped backslash. Python's re accepts them but libstdc++'s
// breadth-first matcher does not, so both clients refuse them with the same message.
bool QueryPattern::hasBackReference(std::string_view pattern)
{
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] != '\\')
            continue;
        if (pattern[i + 1] >= '1' && pattern[i + 1] <= '9')
            return true;
        ++i; // skip the escaped character, e.g. the second backslash of "\\1"
    }
    return false;
}

} // namespace runlens
