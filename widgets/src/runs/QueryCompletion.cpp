#include "runs/QueryCompletion.h"

#include <QRegularExpression>

#include <algorithm>

namespace runlens {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/')
        || c == QLatin1Char('-') || c == QLatin1Char('`') || c.unicode() > 127;
}

const QStringList& statuses()
{
    static const QStringList s{QStringLiteral("running"), QStringLiteral("finished"), QStringLiteral("failed"),
                               QStringLiteral("killed"), QStringLiteral("crashed")};
    return s;
}

} // namespace

QString QueryCompletion::field(const QString& prefix, const QString& key)
{
    // A bare key starts with a letter or '_' and goes on with letters, digits, _ . / -
    // (and any non-ASCII character); anything else goes in backquotes, ` doubled.
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_./\\-\\x{80}-\\x{10FFFF}]*$"));
    if (bare.match(key).hasMatch())
        return prefix + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return prefix + QLatin1Char('`') + quoted + QLatin1Char('`');
}

void QueryCompletion::setKeys(const QStringList& params, const QStringList& tags, const QStringList& metrics)
{
    m_fields = {QStringLiteral("status"), QStringLiteral("name"), QStringLiteral("experiment"), QStringLiteral("id")};
    for (const auto& k : metrics)
        m_fields << field(QStringLiteral("metrics."), k);
    for (const auto& k : params)
        m_fields << field(QStringLiteral("params."), k);
    for (const auto& k : tags)
        m_fields << field(QStringLiteral("tags."), k);
}

QueryCompletion::Result QueryCompletion::complete(const QString& text, int cursor) const
{
    Result r;
    cursor = qBound(0, cursor, int(text.size()));
    int start = cursor;
    while (start > 0 && isWordChar(text[start - 1]))
        --start;
    int end = cursor;
    while (end < text.size() && isWordChar(text[end]))
        ++end;
    r.start = start;
    r.end = end;
    r.prefix = text.mid(start, cursor - start);

    // What comes before the word decides what fits here.
    QString before = text.left(start).trimmed();
    static const QRegularExpression afterOperator(QStringLiteral("(\\w+)\\s*(=|!=|<=|>=|<|>|~)$"));
    auto op = afterOperator.match(before);
    if (op.hasMatch()) {
        // A value: only statuses are a closed set worth offering.
        if (op.captured(1).compare(QLatin1String("status"), Qt::CaseInsensitive) == 0)
            r.candidates = statuses();
    } else if (before.isEmpty() || before.endsWith(QLatin1Char('(')) || before.endsWith(QLatin1String(" and"), Qt::CaseInsensitive)
               || before.endsWith(QLatin1String(" or"), Qt::CaseInsensitive) || before.endsWith(QLatin1String("not"), Qt::CaseInsensitive)
               || before.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0
               || before.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0) {
        r.candidates = m_fields;
        if (!before.isEmpty() || r.prefix.startsWith(QLatin1Char('n'), Qt::CaseInsensitive))
            r.candidates << QStringLiteral("not");
    } else {
        // After a complete condition: a connective.
        r.candidates = {QStringLiteral("and"), QStringLiteral("or")};
    }
    if (!r.prefix.isEmpty()) {
        // Backquotes are spelling, not content: "metrics.val" finds metrics.`val acc`.
        auto plain = [](QString s) { return s.remove(QLatin1Char('`')); };
        QString typed = plain(r.prefix);
        QStringList kept;
        for (const auto& c : r.candidates) {
            if (plain(c).contains(typed, Qt::CaseInsensitive) && c != r.prefix)
                kept << c;
        }
        // Words that start with what was typed first, then those that contain it.
        std::stable_partition(kept.begin(), kept.end(),
                              [&](const QString& c) { return plain(c).startsWith(typed, Qt::CaseInsensitive); });
        r.candidates = kept;
    }
    return r;
}

} // namespace runlens
