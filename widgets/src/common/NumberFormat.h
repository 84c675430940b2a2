#pragma once

#include <QLocale>
#include <QString>

#include <string>

namespace runlens {

class ParamValue;

// How every view writes a metric or parameter value: runs table, details, compare
// cells, chart tooltips and axes, reports. One policy, in the user's locale (German
// writes "0,888"), so the same value reads the same everywhere.
namespace NumberFormat {

// Significant digits: enough to tell apart values that differ in the 4th or 5th
// digit (accuracies, losses), few enough to fit a table column.
constexpr int kDigits = 6;

// "0.88375", "1024" (integers without decimals), "1.5e-05" and "2.5e+09" (very small
// and very large in exponent form), "NaN", "∞", "−∞". No group separators: "12,345" would
// read as a decimal in German. Fewer digits for compact places (axis ticks, statistics).
QString value(double v, int digits = kDigits);

// A parameter as logged: integers in full (seeds), reals as value(), text as it is.
QString param(const ParamValue& p);

// A count ("1024" points) and a number with a fixed count of decimals ("4.5" s, "12.5" %),
// in the same locale and without group separators.
QString integer(qint64 n);
QString fixed(double v, int decimals);
// A count in a sentence, grouped from five digits on with a narrow space
// ("6 000 000 points"): the SI way reads the same in English and German, where a comma
// or a point between groups would read as a decimal in the other language.
QString count(qint64 n);

// A number core wrote as plain text ("0.912", "1.2e-05": statistics keep their own
// digits) in the display locale: "0,912" in German.
QString plain(const std::string& text);

// The locale all of these write in. Charts hand it to QCustomPlot for the ticks they do
// not write through value(), so an axis and a table cell never disagree on the decimal point.
QLocale locale();

} // namespace NumberFormat

} // namespace runlens
