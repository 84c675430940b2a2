#include "runlens/compare/CompareMark.h"

#include "runlens/compare/Verdict.h"

namespace runlens {

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
