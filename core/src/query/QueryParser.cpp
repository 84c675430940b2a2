#include "query/QueryParser.h"

#include "query/QueryComparisonNode.h"
#include "query/QueryLexer.h"
#include "query/QueryLogicNode.h"
#include "query/QueryNotNode.h"

#include "runlens/model/ParamValue.h"
#include "runlens/model/TextRules.h"
#include "runlens/query/QueryError.h"

#include <stdexcept>

namespace runlens {

namespace {

const char* const kFieldList = "metrics.KEY, params.KEY, tags.KEY, name, status, experiment or id";

} // namespace

QueryParser::QueryParser(std::string_view text)
    : m_text(text)
    , m_tokens(QueryLexer(text).tokenize())
{
}

std::unique_ptr<QueryNode> QueryParser::parse()
{
    if (peek().kind == QueryToken::Kind::End)
        return nullptr;
    auto root = parseOr(0);
    if (peek().kind == QueryToken::Kind::RightParen)
        throw QueryError(peek().begin, "unmatched ')': there is no '(' for it to close");
    if (peek().kind != QueryToken::Kind::End)
        fail("'and', 'or' or the end of the query");
    return root;
}

std::unique_ptr<QueryNode> QueryParser::parseOr(int depth)
{
    auto first = parseAnd(depth);
    if (peek().kind != QueryToken::Kind::Or)
        return first;
    std::vector<std::unique_ptr<QueryNode>> operands;
    operands.push_back(std::move(first));
    while (peek().kind == QueryToken::Kind::Or) {
        take();
        operands.push_back(parseAnd(depth));
    }
    return std::make_unique<QueryLogicNode>(QueryLogicNode::Kind::Or, std::move(operands));
}

std::unique_ptr<QueryNode> QueryParser::parseAnd(int depth)
{
    auto first = parseUnary(depth);
    if (peek().kind != QueryToken::Kind::And)
        return first;
    std::vector<std::unique_ptr<QueryNode>> operands;
    operands.push_back(std::move(first));
    while (peek().kind == QueryToken::Kind::And) {
        take();
        operands.push_back(parseUnary(depth));
    }
    return std::make_unique<QueryLogicNode>(QueryLogicNode::Kind::And, std::move(operands));
}

std::unique_ptr<QueryNode> QueryParser::parseUnary(int depth)
{
    if (peek().kind == QueryToken::Kind::Not) {
        checkDepth(depth + 1);
        take();
        return std::make_unique<QueryNotNode>(parseUnary(depth + 1));
    }
    if (peek().kind == QueryToken::Kind::LeftParen) {
        checkDepth(depth + 1);
        const std::size_t open = take().begin;
        auto inner = parseOr(depth + 1);
        if (peek().kind != QueryToken::Kind::RightParen)
            fail("')'", "the '(' at " + std::to_string(open) + " is not closed");
        take();
        return inner;
    }
    return parseComparison();
}

std::unique_ptr<QueryNode> QueryParser::parseComparison()
{
    QueryField field = parseField();
    if (peek().kind != QueryToken::Kind::Operator)
        fail("an operator (=, !=, <, <=, >, >=, ~)");
    const QueryOp op = take().op;

    const auto kind = peek().kind;
    if (kind != QueryToken::Kind::Number && kind != QueryToken::Kind::String
        && kind != QueryToken::Kind::Word)
        fail("a value (a number, a 'quoted string' or a word)");
    const QueryToken& value = take();
    QueryLiteral literal{value.value, parseNumber(value.value)};

    std::optional<QueryPattern> pattern;
    if (op == QueryOp::Match) {
        try {
            pattern.emplace(literal.text);
        } catch (const std::invalid_argument& e) {
            throw QueryError(value.begin, std::string("invalid regular expression: ") + e.what());
        }
    }
    return std::make_unique<QueryComparisonNode>(std::move(field), op, std::move(literal),
                                                 std::move(pattern));
}

// A field is one word ("params.lr", "status"), or a word ending in '.' directly followed
// by a backquoted key ("metrics.`val/acc`").
QueryField QueryParser::parseField()
{
    if (peek().kind != QueryToken::Kind::Word)
        fail(std::string("a field (") + kFieldList + ")");
    const QueryToken& word = take();
    const std::size_t dot = word.value.find('.');
    const QueryField::Kind kind = fieldKind(word, dot);
    if (dot == std::string::npos)
        return QueryField(kind, {});

    std::string key = word.value.substr(dot + 1);
    std::size_t end = word.end;
    if (key.empty()) {
        const QueryToken& next = peek();
        if (next.kind != QueryToken::Kind::Backquoted || next.begin != word.end)
            throw QueryError(word.end, "expected a key after '" + word.value
                                           + "', e.g. " + word.value + "loss or "
                                           + word.value + "`val/acc`");
        if (next.value.empty())
            throw QueryError(next.begin, "expected a key after '" + word.value
                                             + "', found empty backquotes");
        key = next.value;
        end = take().end;
    } else if (!QueryField::isBareKey(key)) {
        // Keys starting with a digit, '-' and the like would read as numbers or
        // operators elsewhere; backquotes keep the rule simple.
        throw QueryError(word.begin + dot + 1,
                         "a key must start with a letter or '_' unless it is in backquotes: "
                             + QueryField(kind, key).spelling());
    }
    m_previous = std::string(source(word.begin, end));
    return QueryField(kind, std::move(key));
}

QueryField::Kind QueryParser::fieldKind(const QueryToken& word, std::size_t dot) const
{
    const std::string prefix = TextRules::asciiLower(std::string_view(word.value).substr(0, dot));
    if (dot == std::string::npos) {
        if (prefix == "name") return QueryField::Kind::Name;
        if (prefix == "status") return QueryField::Kind::Status;
        if (prefix == "experiment") return QueryField::Kind::Experiment;
        if (prefix == "id") return QueryField::Kind::Id;
        if (prefix == "metrics" || prefix == "params" || prefix == "tags")
            throw QueryError(word.end, "expected '.' and a key after '" + word.value + "', e.g. "
                                           + prefix + ".KEY");
    } else {
        if (prefix == "metrics") return QueryField::Kind::Metric;
        if (prefix == "params") return QueryField::Kind::Param;
        if (prefix == "tags") return QueryField::Kind::Tag;
        if (prefix == "metric" || prefix == "param" || prefix == "tag")
            throw QueryError(word.begin, "unknown field '" + word.value + "'; did you mean '"
                                             + prefix + "s" + word.value.substr(dot) + "'?");
    }
    throw QueryError(word.begin, "unknown field '" + word.value + "'; use one of " + kFieldList);
}

const QueryToken& QueryParser::take()
{
    const QueryToken& token = m_tokens[m_index];
    m_previous = std::string(source(token.begin, token.end));
    if (token.kind != QueryToken::Kind::End)
        ++m_index;
    return token;
}

std::string_view QueryParser::source(std::size_t begin, std::size_t end) const
{
    return m_text.substr(begin, end - begin);
}

void QueryParser::checkDepth(int depth) const
{
    if (depth > kMaxDepth)
        throw QueryError(peek().begin, "the query is nested too deeply (more than "
                                           + std::to_string(kMaxDepth)
                                           + " levels of parentheses and 'not')");
}

void QueryParser::fail(const std::string& what, const std::string& note) const
{
    std::string message = "expected " + what;
    if (!m_previous.empty())
        message += " after '" + m_previous + "'";
    if (peek().kind != QueryToken::Kind::End)
        message += ", found '" + std::string(source(peek().begin, peek().end)) + "'";
    if (!note.empty())
        message += "; " + note;
    throw QueryError(peek().begin, message);
}

} // namespace runlens
