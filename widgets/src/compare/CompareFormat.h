#pragma once

#include "runlens/compare/CompareValue.h"

#include <QCoreApplication>
#include <QString>

namespace runlens {

// Numbers as the comparison views show them: values by NumberFormat (the user's
// locale, the same digits as the runs table), p-values the way papers write them (core's
// StatsFormat), translated and with a dash for missing values, so every view and the
// PDF report read the same.
class CompareFormat {
    Q_DECLARE_TR_FUNCTIONS(runlens::CompareFormat)
public:
    // A metric or param value as NumberFormat::value writes it ("0.88375", German
    // "0,88375"), but "–" for NaN (missing).
    static QString number(double v);
    // Fewer digits, for statistics only (r, R², λ, a standard deviation).
    static QString number(double v, int digits);
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
