#include "runlens/ParamValue.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
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
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front())))
        return std::nullopt;
    const char* begin = text.c_str();
    char* end = nullptr;
    // strtod accepts "inf", "nan" and hex floats too; keep to decimal numbers so that a
    // param "nan" or "0x10" (a name, an address) stays text.
    for (char c : text) {
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E'
              || c == '+' || c == '-'))
            return std::nullopt;
    }
    double v = std::strtod(begin, &end);
    if (end != begin + text.size())
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
