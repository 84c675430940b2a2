#pragma once

#include "runlens/query/QueryError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace runlens {

// A query error in the user's language. Core has no Qt and so no translations: it writes
// its errors in English and gives each a stable code with the arguments of its message.
// This says the same with tr(), so a German query bar does not show an English sentence.
// Untranslated, the text is core's message word for word (a test holds them together).
class QueryErrorText {
    Q_DECLARE_TR_FUNCTIONS(runlens::QueryErrorText)

public:
    static QString message(const QueryError& error);
    static QString message(QueryError::Code code, const QStringList& args);

private:
    // "expected <what> after '<previous>', found '<found>'".
    static QString expected(const QString& what, const QStringList& args);
    static QString patternReason(QueryError::Code code, const QStringList& args);
    static QString fieldList();
    static QString statusList();
};

} // namespace runlens
