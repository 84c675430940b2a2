#pragma once

#include <string>
#include <utility>

namespace runlens {

// How statistics read in sentences and tables: a few significant digits, p-values the
// way papers write them. Plain text, no locale; the views may format numbers
// themselves from the structs instead.
namespace StatsFormat {

// digits significant digits; plain decimals for 1e-4 ≤ |v| < 1e6 ("0.912", "1235"),
// else an exponent ("1.23e-05"). "nan", "inf", "-inf" for the special values.
std::string number(double v, int digits = 3);
// a and b with as many digits (at least minDigits, at most 10) as it takes to tell
// them apart, so "0.9121 vs 0.9125" never reads "0.912 vs 0.912".
std::pair<std::string, std::string> pair(double a, double b, int minDigits = 3);
// v with as many digits (3 to 12) as it takes to read back as v within numeric
// resolution: "0.500", "0.9999999979". For a value shown as "equal" on both sides.
std::string resolved(double v);
// "p = 0.41", "p = 0.049", "p = 0.003", "p < 0.001"; "p = n/a" for NaN.
std::string pValue(double p);
// "45 s", "12 min 05 s", "2 h 03 min"; "" for NaN.
std::string duration(double seconds);

} // namespace StatsFormat

} // namespace runlens
