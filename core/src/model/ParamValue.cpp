#include "runlens/model/ParamValue.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace runlens {

std::string formatNumber(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[64];
    // std::to_chars without a format gives the shortest text that reads back exactly.
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::optional<double> parseNumber(const std::string& text)
{
    // from_chars, unlike strtod, ignores the locale: under a German locale "0.01" must
    // still be a number. It also refuses "inf", "nan" and hex, which stay text.
    if (text.empty() || text.front() == '+')
        return std::nullopt;
    double v = 0;
    const char* end = text.data() + text.size();
    auto res = std::from_chars(text.data(), end, v, std::chars_format::general);
    if (res.ec != std::errc() || res.ptr != end)
        return std::nullopt;
    return v;
}

std::optional<double> ParamValue::asNumber() const
{
    if (isInteger())
        return static_cast<double>(integer());
    if (isReal())
        return real();
    return parseNumber(text());
}

std::string ParamValue::toString() const
{
    if (isInteger())
        return std::to_string(integer());
    if (isReal())
        return formatNumber(real());
    return text();
}

} // namespace runlens
