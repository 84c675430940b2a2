#include "runs/QueryErrorText.h"

namespace runlens {

namespace {
using Code = QueryError::Code;
}

QString QueryErrorText::message(const QueryError& error)
{
    QStringList args;
    for (const auto& a : error.args())
        args << QString::fromStdString(a);
    return message(error.code(), args);
}

QString QueryErrorText::fieldList()
{
    // The field names are the language's own words; only the sentence around them is translated.
    return tr("metrics.KEY, params.KEY, tags.KEY, name, status, experiment or id");
}

QString QueryErrorText::statusList() { return tr("running, finished, failed, killed or crashed"); }

QString QueryErrorText::expected(const QString& what, const QStringList& args)
{
    const QString previous = args.value(0), found = args.value(1);
    if (!previous.isEmpty() && !found.isEmpty())
        return tr("expected %1 after '%2', found '%3'").arg(what, previous, found);
    if (!previous.isEmpty())
        return tr("expected %1 after '%2'").arg(what, previous);
    if (!found.isEmpty())
        return tr("expected %1, found '%2'").arg(what, found);
    return tr("expected %1").arg(what);
}

QString QueryErrorText::message(QueryError::Code code, const QStringList& a)
{
    switch (code) {
    case Code::UnterminatedString: return tr("unterminated string: the closing %1 is missing").arg(a.value(0));
    case Code::UnterminatedKey: return tr("unterminated backquoted key: the closing ` is missing");
    case Code::UnexpectedBang: return tr("unexpected character '!' (use 'not' to negate, '!=' to compare)");
    case Code::UnexpectedCharacter: return tr("unexpected character '%1'").arg(a.value(0));
    case Code::ExpectedAndOrEnd: return expected(tr("'and', 'or' or the end of the query"), a);
    case Code::ExpectedCloseParen:
        return tr("%1; the '(' in column %2 is not closed").arg(expected(tr("')'"), a), a.value(2));
    case Code::ExpectedOperator: return expected(tr("an operator (=, !=, <, <=, >, >=, ~)"), a);
    case Code::ExpectedValue: return expected(tr("a value (a number, a 'quoted string' or a word)"), a);
    case Code::ExpectedField: return expected(tr("a field (%1)").arg(fieldList()), a);
    case Code::UnmatchedParen: return tr("unmatched ')': there is no '(' for it to close");
    case Code::NestedTooDeeply:
        return tr("the query is nested too deeply (more than %1 levels of parentheses and 'not')").arg(a.value(0));
    case Code::ExpectedKey:
        return tr("expected a key after '%1', e.g. %1loss or %1`val/acc`").arg(a.value(0));
    case Code::EmptyBackquotes: return tr("expected a key after '%1', found empty backquotes").arg(a.value(0));
    case Code::KeyNeedsBackquotes:
        return tr("a key must start with a letter or '_' unless it is in backquotes: %1").arg(a.value(0));
    case Code::ExpectedDotAndKey: return tr("expected '.' and a key after '%1', e.g. %2.KEY").arg(a.value(0), a.value(1));
    case Code::UnknownFieldDidYouMean: return tr("unknown field '%1'; did you mean '%2'?").arg(a.value(0), a.value(1));
    case Code::UnknownField: return tr("unknown field '%1'; use one of %2").arg(a.value(0), fieldList());
    case Code::UnknownStatus:
        if (a.value(1).isEmpty())
            return tr("unknown status '%1'; use one of %2").arg(a.value(0), statusList());
        return tr("unknown status '%1' (did you mean '%2'?); use one of %3").arg(a.value(0), a.value(1), statusList());
    default: return tr("invalid regular expression: %1").arg(patternReason(code, a));
    }
}

QString QueryErrorText::patternReason(QueryError::Code code, const QStringList& a)
{
    switch (code) {
    case Code::PatternUnbalancedParen: return tr("unbalanced parenthesis: ')' without '('");
    case Code::PatternNestedTooDeeply: return tr("groups nested more than %1 deep").arg(a.value(0));
    case Code::PatternNothingToRepeat: return tr("nothing to repeat before '%1'").arg(a.value(0));
    case Code::PatternRepeatedAnchor: return tr("nothing to repeat: an anchor cannot be repeated");
    case Code::PatternMultipleRepeat: return tr("multiple repeat: a repeat cannot be repeated without a group");
    case Code::PatternBadBrace: return tr("'{' must start a repeat count {m}, {m,} or {m,n}; write \\{ for a brace");
    case Code::PatternRepeatTooLarge: return tr("repeat counts above %1 are not supported").arg(a.value(0));
    case Code::PatternBadRepeatCount:
        return tr("bad repeat count {%1,%2}: the maximum is below the minimum").arg(a.value(0), a.value(1));
    case Code::PatternGroupSyntax: return tr("look-around, named groups and inline flags ('(?') are not supported");
    case Code::PatternUnclosedGroup: return tr("missing ')': a group is not closed");
    case Code::PatternTrailingBackslash: return tr("the pattern ends with a lone backslash");
    case Code::PatternBackReference: return tr("back-references such as \\1 are not supported");
    case Code::PatternUnsupportedEscape: return tr("unsupported escape \\%1").arg(a.value(0));
    case Code::PatternEmptyClass: return tr("an empty class '[]'; write \\] for a bracket");
    case Code::PatternUnclosedClass: return tr("missing ']': a class is not closed");
    case Code::PatternRangeNotSingle: return tr("a range in a class must be between two single characters");
    case Code::PatternReversedRange: return tr("bad range in a class: the end is before the start");
    case Code::PatternWordBoundaryInClass: return tr("unsupported escape \\b inside a class");
    case Code::PatternTooLarge:
        return tr("the pattern is too large (more than %1 steps once repeats are written out)").arg(a.value(0));
    case Code::PatternTooLong: return tr("the pattern is longer than %1 bytes").arg(a.value(0));
    default: return {};
    }
}

} // namespace runlens
