#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace runlens {

// A query that cannot be parsed. The position is kept apart from the message so a query
// bar can put a marker under the offending character and show the message below it.
//
// Each error has a stable code and the arguments of its message, so that a GUI can say
// the same thing in the user's language: core has no translations, and an English
// sentence inside a German one reads as a bug. message() is the English text, the one the
// CLI prints and the Python client (runlens.query) writes word for word.
//
// Positions: position() is a 0-based byte offset for programs; what people read is a
// 1-based column counted in characters, the same in C++ (UTF-8 bytes) and Python (code
// points). A message never repeats the error's own position; the one place that names
// another position (the '(' a ')' is missing for) gives it as a column too.
class QueryError : public std::runtime_error {
public:
    enum class Code {
        // Text that cannot be a token.
        UnterminatedString,  // {quote}
        UnterminatedKey,     // {}
        UnexpectedBang,      // {}
        UnexpectedCharacter, // {character}
        // The grammar: {previous, found}, either "" at the start or the end of the query.
        ExpectedAndOrEnd,
        ExpectedCloseParen, // {previous, found, column of the '(' left open}
        ExpectedOperator,
        ExpectedValue,
        ExpectedField,
        UnmatchedParen,  // {}
        NestedTooDeeply, // {limit}
        // Fields and values.
        ExpectedKey,            // {word}, e.g. "metrics."
        EmptyBackquotes,        // {word}
        KeyNeedsBackquotes,     // {spelling with backquotes}
        ExpectedDotAndKey,      // {word, prefix}
        UnknownFieldDidYouMean, // {word, suggestion}
        UnknownField,           // {word}
        UnknownStatus,          // {value, suggestion or ""}
        // The regular expression after ~ (each message starts "invalid regular expression: ").
        PatternUnbalancedParen,     // {}
        PatternNestedTooDeeply,     // {limit}
        PatternNothingToRepeat,     // {character}
        PatternRepeatedAnchor,      // {}
        PatternMultipleRepeat,      // {}
        PatternBadBrace,            // {}
        PatternRepeatTooLarge,      // {limit}
        PatternBadRepeatCount,      // {min, max}
        PatternGroupSyntax,         // {}
        PatternUnclosedGroup,       // {}
        PatternTrailingBackslash,   // {}
        PatternBackReference,       // {}
        PatternUnsupportedEscape,   // {character}
        PatternEmptyClass,          // {}
        PatternUnclosedClass,       // {}
        PatternRangeNotSingle,      // {}
        PatternReversedRange,       // {}
        PatternWordBoundaryInClass, // {}
        PatternTooLarge,            // {limit}
        PatternTooLong,             // {limit}
    };

    // position: 0-based offset in UTF-8 bytes into text, where the column is counted.
    QueryError(Code code, std::string_view text, std::size_t position, std::vector<std::string> args = {});

    Code code() const noexcept { return m_code; }
    // The message's arguments in the order the Code lists them: quoted text as written
    // in the query, numbers as decimal text.
    const std::vector<std::string>& args() const noexcept { return m_args; }
    std::size_t position() const noexcept { return m_position; }
    // 1-based, in characters: "column 8".
    std::size_t column() const noexcept { return m_column; }
    // The English message, without the position, e.g. "expected ')' after 'a'".
    const std::string& message() const noexcept { return m_message; }

    static std::string englishText(Code code, const std::vector<std::string>& args);
    // The 1-based column of a byte offset into UTF-8 text.
    static std::size_t columnAt(std::string_view text, std::size_t position);
    // Whether a code is about the pattern after ~.
    static bool isPatternCode(Code code) { return code >= Code::PatternUnbalancedParen; }

private:
    Code m_code;
    std::vector<std::string> m_args;
    std::size_t m_position;
    std::size_t m_column;
    std::string m_message;
};

// A pattern after ~ outside the supported subset: what QueryPattern throws, and the
// parser turns into a QueryError at the pattern's position. what() is the reason alone.
class QueryPatternError : public std::invalid_argument {
public:
    QueryPatternError(QueryError::Code code, std::vector<std::string> args = {});

    QueryError::Code code() const noexcept { return m_code; }
    const std::vector<std::string>& args() const noexcept { return m_args; }

    // The reason in English, e.g. "missing ')': a group is not closed".
    static std::string reason(QueryError::Code code, const std::vector<std::string>& args);

private:
    QueryError::Code m_code;
    std::vector<std::string> m_args;
};

} // namespace runlens
