#include "runlens/compare/CompareChange.h"

#include <algorithm>
#include <cmath>

namespace runlens {

CompareChange compareChange(MetricDirection direction, double baseline, double value)
{
    if (std::isnan(baseline) || std::isnan(value))
        return CompareChange::Unknown;
    if (value == baseline)
        return CompareChange::Same;
    double scale = std::max(std::fabs(baseline), std::fabs(value));
    if (std::isfinite(scale) && std::fabs(value - baseline) <= 1e-12 * scale)
        return CompareChange::Same;
    return isBetter(direction, value, baseline) ? CompareChange::Better : CompareChange::Worse;
}

std::string_view compareChangeName(CompareChange change)
{
    switch (change) {
    case CompareChange::Unknown: return "unknown";
    case CompareChange::Same: return "same";
    case CompareChange::Better: return "better";
    case CompareChange::Worse: return "worse";
    }
    return "unknown";
}

} // namespace runlens
