#include "runlens/model/MetricDirection.h"

#include "runlens/model/TextRules.h"

#include <array>
#include <cmath>
#include <string>

namespace runlens {

MetricDirection directionFromName(std::string_view key)
{
    const std::string lower = TextRules::asciiLower(key);
    // "err" also covers "error"; both are listed because the documented rule lists both.
    static constexpr std::array<std::string_view, 8> lowerIsBetter = {
        "loss", "error", "err", "mse", "mae", "rmse", "perplexity", "time"};
    for (auto word : lowerIsBetter) {
        if (lower.find(word) != std::string::npos)
            return MetricDirection::Min;
    }
    return MetricDirection::Max;
}

std::string_view directionName(MetricDirection direction)
{
    return direction == MetricDirection::Min ? "min" : "max";
}

std::optional<MetricDirection> parseDirection(std::string_view text)
{
    if (text == "min")
        return MetricDirection::Min;
    if (text == "max")
        return MetricDirection::Max;
    return std::nullopt;
}

bool isBetter(MetricDirection direction, double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return false;
    return direction == MetricDirection::Min ? a < b : a > b;
}

double shortfall(MetricDirection direction, double value, double reference)
{
    return direction == MetricDirection::Min ? value - reference : reference - value;
}

} // namespace runlens
