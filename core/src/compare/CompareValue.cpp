#include "runlens/compare/CompareValue.h"

namespace runlens {

double pickValue(const SeriesSummary& series, CompareValue which, MetricDirection direction)
{
    switch (which) {
    case CompareValue::Last: return series.lastValue;
    case CompareValue::Min: return series.minValue;
    case CompareValue::Max: return series.maxValue;
    case CompareValue::Best: break;
    }
    return direction == MetricDirection::Min ? series.minValue : series.maxValue;
}

std::string_view compareValueName(CompareValue which)
{
    switch (which) {
    case CompareValue::Last: return "last";
    case CompareValue::Best: return "best";
    case CompareValue::Min: return "min";
    case CompareValue::Max: return "max";
    }
    return "last";
}

} // namespace runlens
