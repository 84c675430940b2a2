#include "query/QueryLexer.h"

#include "runlens/model/TextRules.h"
#include "runlens/query/QueryError.h"

namespace runlens {

namespace {

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Only ASCII white space separates tokens: every other non-ASCII character belongs to
// words, which keeps byte offsets (C++) and code-point offsets (Python) consistent.
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Control characters are shown as \xNN so the message stays readable.
std::string printable(char c)
{
    if (c >= 0x20 && c != 0x7f)
        return std::string(1, c);
    const char* hex = "0123456789abcdef";
    return std::string("\\x") + hex[(c >> 4) & 0xf] + hex[c & 0xf];
}

} // namespace

bool QueryLexer::isWordChar(char c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '.' || c == '/' || c == '-'
        || static_cast<unsigned char>(c) >= 0x80;
}

std::vector<QueryToken> QueryLexer::tokenize()
{
    std::vector<QueryToken> tokens;
    for (;;) {
        tokens.push_back(next());
        if (tokens.back().kind == QueryToken::Kind::End)
            return tokens;
    }
}

QueryToken QueryLexer::next()
{
    while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
        ++m_pos;
    if (m_pos == m_text.size())
        return {QueryToken::Kind::End, m_pos, m_pos, {}};
    const char c = m_text[m_pos];
    if (c == '(' || c == ')') {
        ++m_pos;
        auto kind = c == '(' ? QueryToken::Kind::LeftParen : QueryToken::Kind::RightParen;
        return {kind, m_pos - 1, m_pos, std::string(1, c)};
    }
    if (c == '\'' || c == '"')
        return lexQuoted(c);
    if (c == '`')
        return lexBackquoted();
    if (isWordChar(c))
        return lexWordOrNumber();
    return lexOperator();
}

// A backslash escapes the quote and the backslash itself; before anything else it is
// kept, so regular expressions such as '\d+' need no doubling.
QueryToken QueryLexer::lexQuoted(char quote)
{
    const std::size_t begin = m_pos++;
    std::string value;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (c == quote)
            return {QueryToken::Kind::String, begin, m_pos, std::move(value)};
        if (c == '\\' && m_pos < m_text.size()
            && (m_text[m_pos] == '\\' || m_text[m_pos] == '\'' || m_text[m_pos] == '"')) {
            value += m_text[m_pos++];
            continue;
        }
        value += c;
    }
    throw QueryError(QueryError::Code::UnterminatedString, m_text, begin, {std::string(1, quote)});
}

// Keys in backquotes may hold any character; `` stands for one backquote (as in MLflow).
QueryToken QueryLexer::lexBackquoted()
{
    const std::size_t begin = m_pos++;
    std::string value;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (c != '`') {
            value += c;
            continue;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '`') {
            value += '`';
            ++m_pos;
            continue;
        }
        return {QueryToken::Kind::Backquoted, begin, m_pos, std::move(value)};
    }
    throw QueryError(QueryError::Code::UnterminatedKey, m_text, begin);
}

// A run of word characters is a number only when all of it is one ("1e-3", "-2");
// otherwise it is a word, so run ids such as 0a1b... and versions such as 1.2.3 work
// unquoted.
QueryToken QueryLexer::lexWordOrNumber()
{
    const std::size_t begin = m_pos;
    const std::size_t numEnd = numberEnd();
    if (numEnd > begin && (numEnd == m_text.size() || !isWordChar(m_text[numEnd]))) {
        m_pos = numEnd;
        return {QueryToken::Kind::Number, begin, m_pos, std::string(m_text.substr(begin, m_pos - begin))};
    }
    while (m_pos < m_text.size() && isWordChar(m_text[m_pos]))
        ++m_pos;
    std::string word(m_text.substr(begin, m_pos - begin));
    const std::string lower = TextRules::asciiLower(word);
    auto kind = QueryToken::Kind::Word;
    if (lower == "and")
        kind = QueryToken::Kind::And;
    else if (lower == "or")
        kind = QueryToken::Kind::Or;
    else if (lower == "not")
        kind = QueryToken::Kind::Not;
    return {kind, begin, m_pos, std::move(word)};
}

std::size_t QueryLexer::digitsEnd(std::size_t pos) const
{
    while (pos < m_text.size() && isAsciiDigit(m_text[pos]))
        ++pos;
    return pos;
}

// -?(digits(.digits*)? | .digits)([eE][+-]?digits)?
std::size_t QueryLexer::numberEnd() const
{
    std::size_t pos = m_pos;
    if (pos < m_text.size() && m_text[pos] == '-')
        ++pos;
    const std::size_t intEnd = digitsEnd(pos);
    std::size_t end = intEnd;
    if (end < m_text.size() && m_text[end] == '.') {
        const std::size_t fracEnd = digitsEnd(end + 1);
        if (intEnd == pos && fracEnd == end + 1)
            return m_pos; // a lone "." or "-."
        end = fracEnd;
    } else if (intEnd == pos) {
        return m_pos; // no digits at all
    }
    if (end < m_text.size() && (m_text[end] == 'e' || m_text[end] == 'E')) {
        std::size_t expPos = end + 1;
        if (expPos < m_text.size() && (m_text[expPos] == '+' || m_text[expPos] == '-'))
            ++expPos;
        const std::size_t expEnd = digitsEnd(expPos);
        if (expEnd > expPos)
            end = expEnd;
    }
    return end;
}

QueryToken QueryLexer::lexOperator()
{
    const std::size_t begin = m_pos;
    const char c = m_text[m_pos];
    const bool equalsNext = m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=';
    QueryOp op;
    switch (c) {
    case '=': op = QueryOp::Equal; break;
    case '~': op = QueryOp::Match; break;
    case '<': op = equalsNext ? QueryOp::LessEqual : QueryOp::Less; break;
    case '>': op = equalsNext ? QueryOp::GreaterEqual : QueryOp::Greater; break;
    case '!':
        if (!equalsNext)
            throw QueryError(QueryError::Code::UnexpectedBang, m_text, begin);
        op = QueryOp::NotEqual;
        break;
    default:
        throw QueryError(QueryError::Code::UnexpectedCharacter, m_text, begin, {printable(c)});
    }
    m_pos += toString(op).size();
    QueryToken token{QueryToken::Kind::Operator, begin, m_pos, std::string(toString(op))};
    token.op = op;
    return token;
}

} // namespace runlens
