#pragma once

#include <QString>
#include <QStringList>

namespace runlens {

// What the query bar offers while the user types: the word under the cursor and what
// could replace it — field names (params.lr, metrics.`val acc`, status, …), keywords,
// and after "status =" the statuses. Pure logic, so it is tested without a widget.
class QueryCompletion {
public:
    struct Result {
        int start = 0;          // the word to replace: [start, end)
        int end = 0;
        QString prefix;         // its text
        QStringList candidates; // full replacements
    };

    void setKeys(const QStringList& params, const QStringList& tags, const QStringList& metrics);
    Result complete(const QString& text, int cursor) const;

    // The field as the query language writes it: params.lr, or params.`1x` when the
    // key is not a bare word.
    static QString field(const QString& prefix, const QString& key);

private:
    QStringList m_fields;
};

} // namespace runlens
