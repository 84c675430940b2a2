#pragma once

#include "runlens/compare/CompareValue.h"

#include <QCoreApplication>
#include <QString>

namespace runlens {

// Numbers as the comparison views show them, built on core's StatsFormat (significant
// digits, p-values the way papers write them) but translated and with a dash for
// missing values, so every view and the PDF report read the same.
class CompareFormat {
    Q_DECLARE_TR_FUNCTIONS(runlens::CompareFormat)
public:
    // "0.9121", "1.23e-05"; "–" for NaN, "∞" / "−∞" for infinities.
    static QString number(double v, int digits = 4);
    // With a sign: "+0.025", "−0.013"; "" for NaN.
    static QString signedNumber(double v, int digits = 3);
    // A relative change as a percentage with a sign: "+2.8 %"; "" for NaN.
    static QString percent(double fraction);
    // "+0.025 (+2.8 %)": a delta with its relative size.
    static QString delta(double absolute, double relative);
    // "p = 0.003", "p < 0.001", "p = n/a".
    static QString pValue(double p);
    // "[0.901, 0.923]".
    static QString interval(double low, double high, int digits = 3);
    // "last", "best", "min", "max" in the user's language.
    static QString pickName(CompareValue pick);
};

} // namespace runlens
