#pragma once

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace runlens {

// Steps as other tools write them, checked: a step past the 64-bit range used to become
// INT64_MAX (strtoll) or undefined (a cast from double) without a word. Callers count
// the refusals and report them (docs/importing.md: nothing is skipped silently).
namespace ImportNumbers {

// A step written as a number (CSV cells, REAL columns): whole part, if it fits.
inline bool stepFromDouble(double v, std::int64_t& out)
{
    // 2^63 is exactly representable; every double below it converts without overflow.
    if (!std::isfinite(v) || v >= 9223372036854775808.0 || v < -9223372036854775808.0)
        return false;
    out = static_cast<std::int64_t>(v);
    return true;
}

// A step written as decimal digits (MLflow metric files).
inline bool stepFromText(const std::string& text, std::int64_t& out)
{
    if (text.empty())
        return false;
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (*end != '\0' || errno == ERANGE)
        return false;
    out = v;
    return true;
}

} // namespace ImportNumbers

} // namespace runlens
