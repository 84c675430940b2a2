#include "query/QueryParser.h"

#include "query/QueryComparisonNode.h"
#include "query/QueryLexer.h"
#include "query/QueryNode.h"

#include "runlens/model/ParamValue.h"
#include "runlens/model/RunRecord.h"
#include "runlens/model/TextRules.h"
#include "runlens/query/QueryError.h"

#include <algorithm>
#include <string>
#include <vector>

namespace runlens {

namespace {

using Code = QueryError::Code;

// Edits (insert, delete, replace) that turn a into b.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The status a mistyped one was probably meant to be ("crashd", "Finished"), or "".
std::string nearestStatus(const std::string& value)
{
    const std::string lower = TextRules::asciiLower(value);
    std::string best;
    std::size_t bestDistance = 3; // more than two edits away is another word
    for (auto s : {RunStatus::Running, RunStatus::Finished, RunStatus::Failed, RunStatus::Killed, RunStatus::Crashed}) {
        const std::size_t d = editDistance(lower, toString(s));
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(toString(s));
        }
    }
    return best;
}

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
        throw QueryError(Code::UnmatchedParen, m_text, peek().begin);
    if (peek().kind != QueryToken::Kind::End)
        fail(Code::ExpectedAndOrEnd);
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
            fail(Code::ExpectedCloseParen, std::to_string(QueryError::columnAt(m_text, open)));
        take();
        return inner;
    }
    return parseComparison();
}

std::unique_ptr<QueryNode> QueryParser::parseComparison()
{
    QueryField field = parseField();
    if (peek().kind != QueryToken::Kind::Operator)
        fail(Code::ExpectedOperator);
    const QueryOp op = take().op;

    const auto kind = peek().kind;
    if (kind != QueryToken::Kind::Number && kind != QueryToken::Kind::String
        && kind != QueryToken::Kind::Word)
        fail(Code::ExpectedValue);
    const QueryToken& value = take();
    QueryLiteral literal{value.value, parseNumber(value.value)};
    // A status that does not exist would silently match nothing: "status = crashd".
    if (field.kind() == QueryField::Kind::Status && op != QueryOp::Match && !parseRunStatus(literal.text))
        throw QueryError(Code::UnknownStatus, m_text, value.begin, {literal.text, nearestStatus(literal.text)});

    std::optional<QueryPattern> pattern;
    if (op == QueryOp::Match) {
        try {
            pattern.emplace(literal.text);
        } catch (const QueryPatternError& e) {
            throw QueryError(e.code(), m_text, value.begin, e.args());
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
        fail(Code::ExpectedField);
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
            throw QueryError(Code::ExpectedKey, m_text, word.end, {word.value});
        if (next.value.empty())
            throw QueryError(Code::EmptyBackquotes, m_text, next.begin, {word.value});
        key = next.value;
        end = take().end;
    } else if (!QueryField::isBareKey(key)) {
        // Keys starting with a digit, '-' and the like would read as numbers or
        // operators elsewhere; backquotes keep the rule simple.
        throw QueryError(Code::KeyNeedsBackquotes, m_text, word.begin + dot + 1, {QueryField(kind, key).spelling()});
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
            throw QueryError(Code::ExpectedDotAndKey, m_text, word.end, {word.value, prefix});
    } else {
        if (prefix == "metrics") return QueryField::Kind::Metric;
        if (prefix == "params") return QueryField::Kind::Param;
        if (prefix == "tags") return QueryField::Kind::Tag;
        if (prefix == "metric" || prefix == "param" || prefix == "tag")
            throw QueryError(Code::UnknownFieldDidYouMean, m_text, word.begin,
                             {word.value, prefix + "s" + word.value.substr(dot)});
    }
    throw QueryError(Code::UnknownField, m_text, word.begin, {word.value});
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
        throw QueryError(Code::NestedTooDeeply, m_text, peek().begin, {std::to_string(kMaxDepth)});
}

void QueryParser::fail(QueryError::Code code, const std::string& extra) const
{
    std::vector<std::string> args{m_previous, std::string()};
    if (peek().kind != QueryToken::Kind::End)
        args[1] = std::string(source(peek().begin, peek().end));
    if (!extra.empty())
        args.push_back(extra);
    throw QueryError(code, m_text, peek().begin, std::move(args));
}

} // namespace runlens
