#pragma once

#include "runlens/compare/Verdict.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace runlens {

// Core's Verdict in the user's language. Core writes an English sentence; the views
// build their own from the verdict's kind and numbers with tr(), so a German user reads
// "B schlägt A bei val/acc …". The numbers use core's formats (StatsFormat).
class VerdictText {
    Q_DECLARE_TR_FUNCTIONS(runlens::VerdictText)
public:
    // The full sentence, e.g. "B beats A on val/acc (0.912 vs 0.887, p = 0.003, 5 vs 5 seeds)."
    static QString sentence(const Verdict& verdict, const QString& metric, const QString& baselineLabel,
                            const QString& candidateLabel, const std::string& noun);
    // A few words for a table cell: "better (p = 0.003)", "inside the noise (p = 0.41)",
    // "no test (needs 2 per group)".
    static QString brief(const Verdict& verdict);
    // "5 vs 3 seeds" in the user's language; noun is core's RunGroup::noun.
    static QString counts(std::size_t first, std::size_t second, const std::string& noun);
};

} // namespace runlens
