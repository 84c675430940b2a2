#include "runlens/query/QueryError.h"

namespace runlens {

namespace {

using Code = QueryError::Code;

const char* const kFieldList = "metrics.KEY, params.KEY, tags.KEY, name, status, experiment or id";
const char* const kStatusList = "running, finished, failed, killed or crashed";

std::string arg(const std::vector<std::string>& args, std::size_t i) { return i < args.size() ? args[i] : std::string(); }

// "expected X after 'a', found 'b'": the grammar's messages share their frame.
std::string expected(const std::string& what, const std::vector<std::string>& args)
{
    std::string text = "expected " + what;
    if (!arg(args, 0).empty())
        text += " after '" + arg(args, 0) + "'";
    if (!arg(args, 1).empty())
        text += ", found '" + arg(args, 1) + "'";
    return text;
}

} // namespace

QueryError::QueryError(Code code, std::string_view text, std::size_t position, std::vector<std::string> args)
    : std::runtime_error(englishText(code, args) + " (at column " + std::to_string(columnAt(text, position)) + ")")
    , m_code(code)
    , m_args(std::move(args))
    , m_position(position)
    , m_column(columnAt(text, position))
    , m_message(englishText(m_code, m_args))
{
}

std::size_t QueryError::columnAt(std::string_view text, std::size_t position)
{
    // Every byte that does not continue a UTF-8 sequence starts a character.
    std::size_t column = 1;
    for (std::size_t i = 0; i < position && i < text.size(); ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
    return column;
}

std::string QueryError::englishText(Code code, const std::vector<std::string>& a)
{
    switch (code) {
    case Code::UnterminatedString: return "unterminated string: the closing " + arg(a, 0) + " is missing";
    case Code::UnterminatedKey: return "unterminated backquoted key: the closing ` is missing";
    case Code::UnexpectedBang: return "unexpected character '!' (use 'not' to negate, '!=' to compare)";
    case Code::UnexpectedCharacter: return "unexpected character '" + arg(a, 0) + "'";
    case Code::ExpectedAndOrEnd: return expected("'and', 'or' or the end of the query", a);
    case Code::ExpectedCloseParen:
        return expected("')'", a) + "; the '(' in column " + arg(a, 2) + " is not closed";
    case Code::ExpectedOperator: return expected("an operator (=, !=, <, <=, >, >=, ~)", a);
    case Code::ExpectedValue: return expected("a value (a number, a 'quoted string' or a word)", a);
    case Code::ExpectedField: return expected(std::string("a field (") + kFieldList + ")", a);
    case Code::UnmatchedParen: return "unmatched ')': there is no '(' for it to close";
    case Code::NestedTooDeeply:
        return "the query is nested too deeply (more than " + arg(a, 0) + " levels of parentheses and 'not')";
    case Code::ExpectedKey:
        return "expected a key after '" + arg(a, 0) + "', e.g. " + arg(a, 0) + "loss or " + arg(a, 0) + "`val/acc`";
    case Code::EmptyBackquotes: return "expected a key after '" + arg(a, 0) + "', found empty backquotes";
    case Code::KeyNeedsBackquotes:
        return "a key must start with a letter or '_' unless it is in backquotes: " + arg(a, 0);
    case Code::ExpectedDotAndKey:
        return "expected '.' and a key after '" + arg(a, 0) + "', e.g. " + arg(a, 1) + ".KEY";
    case Code::UnknownFieldDidYouMean:
        return "unknown field '" + arg(a, 0) + "'; did you mean '" + arg(a, 1) + "'?";
    case Code::UnknownField: return "unknown field '" + arg(a, 0) + "'; use one of " + kFieldList;
    case Code::UnknownStatus:
        if (arg(a, 1).empty())
            return "unknown status '" + arg(a, 0) + "'; use one of " + kStatusList;
        return "unknown status '" + arg(a, 0) + "' (did you mean '" + arg(a, 1) + "'?); use one of " + kStatusList;
    default: return "invalid regular expression: " + QueryPatternError::reason(code, a);
    }
}

QueryPatternError::QueryPatternError(QueryError::Code code, std::vector<std::string> args)
    : std::invalid_argument(reason(code, args))
    , m_code(code)
    , m_args(std::move(args))
{
}

std::string QueryPatternError::reason(QueryError::Code code, const std::vector<std::string>& a)
{
    switch (code) {
    case Code::PatternUnbalancedParen: return "unbalanced parenthesis: ')' without '('";
    case Code::PatternNestedTooDeeply: return "groups nested more than " + arg(a, 0) + " deep";
    case Code::PatternNothingToRepeat: return "nothing to repeat before '" + arg(a, 0) + "'";
    case Code::PatternRepeatedAnchor: return "nothing to repeat: an anchor cannot be repeated";
    case Code::PatternMultipleRepeat: return "multiple repeat: a repeat cannot be repeated without a group";
    case Code::PatternBadBrace: return "'{' must start a repeat count {m}, {m,} or {m,n}; write \\{ for a brace";
    case Code::PatternRepeatTooLarge: return "repeat counts above " + arg(a, 0) + " are not supported";
    case Code::PatternBadRepeatCount:
        return "bad repeat count {" + arg(a, 0) + "," + arg(a, 1) + "}: the maximum is below the minimum";
    case Code::PatternGroupSyntax: return "look-around, named groups and inline flags ('(?') are not supported";
    case Code::PatternUnclosedGroup: return "missing ')': a group is not closed";
    case Code::PatternTrailingBackslash: return "the pattern ends with a lone backslash";
    case Code::PatternBackReference: return "back-references such as \\1 are not supported";
    case Code::PatternUnsupportedEscape: return "unsupported escape \\" + arg(a, 0);
    case Code::PatternEmptyClass: return "an empty class '[]'; write \\] for a bracket";
    case Code::PatternUnclosedClass: return "missing ']': a class is not closed";
    case Code::PatternRangeNotSingle: return "a range in a class must be between two single characters";
    case Code::PatternReversedRange: return "bad range in a class: the end is before the start";
    case Code::PatternWordBoundaryInClass: return "unsupported escape \\b inside a class";
    case Code::PatternTooLarge:
        return "the pattern is too large (more than " + arg(a, 0) + " steps once repeats are written out)";
    case Code::PatternTooLong: return "the pattern is longer than " + arg(a, 0) + " bytes";
    default: return {};
    }
}

} // namespace runlens
