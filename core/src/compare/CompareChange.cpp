#include "runlens/compare/CompareChange.h"

#include "runlens/stats/NumericResolution.h"

#include <cmath>

namespace runlens {

CompareChange compareChange(MetricDirection direction, double baseline, double value)
{
    if (std::isnan(baseline) || std::isnan(value))
        return CompareChange::Unknown;
    if (NumericResolution::equal(baseline, value))
        return CompareChange::Same;
    if (direction == MetricDirection::Neutral)
        return CompareChange::Differs;
    return isBetter(direction, value, baseline) ? CompareChange::Better : CompareChange::Worse;
}

std::string_view compareChangeName(CompareChange change)
{
    switch (change) {
    case CompareChange::Unknown: return "unknown";
    case CompareChange::Same: return "same";
    case CompareChange::Better: return "better";
    case CompareChange::Worse: return "worse";
    case CompareChange::Differs: return "differs";
    }
    return "unknown";
}

} // namespace runlens
