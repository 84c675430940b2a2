#include "runlens/stats/StatsFormat.h"

#include "runlens/stats/NumericResolution.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace runlens {

std::string StatsFormat::number(double v, int digits)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (v == 0)
        return "0";
    digits = std::clamp(digits, 1, 17);
    char buf[64];
    double magnitude = std::fabs(v);
    if (magnitude >= 1e-4 && magnitude < 1e6) {
        int exponent = int(std::floor(std::log10(magnitude)));
        int decimals = std::max(0, digits - 1 - exponent);
        std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    }
    else
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, v);
    return buf;
}

std::pair<std::string, std::string> StatsFormat::pair(double a, double b, int minDigits)
{
    for (int digits = minDigits; digits < 10; ++digits) {
        auto sa = number(a, digits), sb = number(b, digits);
        if (sa != sb || a == b)
            return {sa, sb};
    }
    return {number(a, 10), number(b, 10)};
}

std::string StatsFormat::resolved(double v)
{
    for (int digits = 3; digits < 12; ++digits) {
        std::string text = number(v, digits);
        if (NumericResolution::equal(std::strtod(text.c_str(), nullptr), v))
            return text;
    }
    return number(v, 12);
}

std::string StatsFormat::pValue(double p)
{
    if (std::isnan(p))
        return "p = n/a";
    if (p < 0.001)
        return "p < 0.001";
    char buf[32];
    // Three decimals below 0.01 ("0.003"), else two significant digits ("0.049", "0.41").
    if (p < 0.01)
        std::snprintf(buf, sizeof buf, "p = %.3f", p);
    else
        std::snprintf(buf, sizeof buf, "p = %.2g", p);
    return buf;
}

std::string StatsFormat::duration(double seconds)
{
    if (!std::isfinite(seconds))
        return {};
    char buf[64];
    auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
    if (total < 60)
        std::snprintf(buf, sizeof buf, "%lld s", total);
    else if (total < 3600)
        std::snprintf(buf, sizeof buf, "%lld min %02lld s", total / 60, total % 60);
    else
        std::snprintf(buf, sizeof buf, "%lld h %02lld min", total / 3600, (total % 3600) / 60);
    return buf;
}

} // namespace runlens
