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
    switch (direction) {
    case MetricDirection::Min: return series.minValue;
    case MetricDirection::Max: return series.maxValue;
    case MetricDirection::Neutral: break;
    }
    return series.lastValue; // no direction, no best: the value it ended at
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
