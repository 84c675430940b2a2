#include "runlens/compare/CompareValue.h"
#include "runlens/compare/Verdict.h"
#include "runlens/stats/NumericResolution.h"

#include <cmath>

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

namespace {

CompareMark lean(CompareChange change)
{
    switch (change) {
    case CompareChange::Better: return CompareMark::LeansBetter;
    case CompareChange::Worse: return CompareMark::LeansWorse;
    default: return CompareMark::None;
    }
}

} // namespace

CompareMark compareMark(CompareChange change, const std::optional<Verdict>& verdict)
{
    if (!verdict)
        return lean(change);
    switch (verdict->kind) {
    case Verdict::Kind::CandidateBetter: return CompareMark::Better;
    case Verdict::Kind::BaselineBetter: return CompareMark::Worse;
    case Verdict::Kind::NoTest: return lean(change);
    case Verdict::Kind::InsideNoise:
    case Verdict::Kind::NoDifference:
    case Verdict::Kind::Differs: break;
    }
    return CompareMark::None;
}

std::string_view compareMarkName(CompareMark mark)
{
    switch (mark) {
    case CompareMark::None: return "none";
    case CompareMark::Better: return "better";
    case CompareMark::Worse: return "worse";
    case CompareMark::LeansBetter: return "leans better";
    case CompareMark::LeansWorse: return "leans worse";
    }
    return "none";
}

} // namespace runlens
