#include "runlens/compare/Verdict.h"

#include "runlens/stats/StatsFormat.h"

namespace runlens {

namespace {

std::string counts(std::size_t first, std::size_t second, const std::string& noun)
{
    return std::to_string(first) + " vs " + std::to_string(second) + " " + noun;
}

} // namespace

Verdict Verdict::decide(const std::string& metric, MetricDirection direction, const std::string& baselineLabel,
                        std::span<const double> baseline, const std::string& candidateLabel,
                        std::span<const double> candidate, const Options& options)
{
    Verdict v;
    v.test = WelchTest::compare(baseline, candidate);
    const auto& a = v.test.a;
    const auto& b = v.test.b;
    // Rounding is no difference, whatever a test on it would say (and with one run a
    // side there is no test to say it).
    if (v.test.equalWithinResolution) {
        v.kind = Kind::NoDifference;
        v.sentence = "no difference on " + metric + ": equal within numeric resolution ("
                     + StatsFormat::resolved(a.mean) + ", " + counts(b.n, a.n, options.noun) + ")";
        return v;
    }
    if (!v.test.valid()) {
        v.sentence = "no test is possible on " + metric + " with " + counts(b.n, a.n, options.noun)
                     + " (a test needs at least 2 per group)";
        return v;
    }
    if (!v.test.significant(options.alpha)) {
        v.kind = Kind::InsideNoise;
        v.sentence = "the difference on " + metric + " is inside the noise (" + StatsFormat::pValue(v.test.pValue)
                     + ", " + counts(b.n, a.n, options.noun) + ")";
        return v;
    }
    if (direction == MetricDirection::Neutral) {
        v.kind = Kind::Differs;
        auto [cb, ca] = StatsFormat::pair(b.mean, a.mean);
        v.sentence = candidateLabel + " differs from " + baselineLabel + " on " + metric + " (" + cb + " vs " + ca
                     + ", " + StatsFormat::pValue(v.test.pValue) + ", " + counts(b.n, a.n, options.noun) + ")";
        return v;
    }
    bool candidateWins = isBetter(direction, b.mean, a.mean);
    v.kind = candidateWins ? Kind::CandidateBetter : Kind::BaselineBetter;
    const auto& winner = candidateWins ? b : a;
    const auto& loser = candidateWins ? a : b;
    auto [w, l] = StatsFormat::pair(winner.mean, loser.mean);
    v.sentence = (candidateWins ? candidateLabel : baselineLabel) + " beats "
                 + (candidateWins ? baselineLabel : candidateLabel) + " on " + metric + " (" + w + " vs " + l + ", "
                 + StatsFormat::pValue(v.test.pValue) + ", " + counts(winner.n, loser.n, options.noun) + ")";
    return v;
}

} // namespace runlens
