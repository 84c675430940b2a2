#include "compare/VerdictText.h"

#include "common/NumberFormat.h"
#include "compare/CompareFormat.h"

#include "runlens/stats/StatsFormat.h"

namespace runlens {

QString VerdictText::counts(std::size_t first, std::size_t second, const std::string& noun)
{
    int a = int(first), b = int(second);
    if (noun == "seeds")
        return tr("%1 vs %2 seeds").arg(a).arg(b);
    if (noun == "runs")
        return tr("%1 vs %2 runs").arg(a).arg(b);
    return tr("%1 vs %2 %3").arg(a).arg(b).arg(QString::fromStdString(noun));
}

QString VerdictText::sentence(const Verdict& v, const QString& metric, const QString& baselineLabel,
                              const QString& candidateLabel, const std::string& noun)
{
    const auto& a = v.test.a; // baseline
    const auto& b = v.test.b; // candidate
    QString p = CompareFormat::pValue(v.test.pValue);
    switch (v.kind) {
    case Verdict::Kind::NoTest:
        return tr("No test is possible on %1 with %2 (a test needs at least 2 per group).")
            .arg(metric, counts(b.n, a.n, noun));
    case Verdict::Kind::InsideNoise:
        return tr("The difference on %1 is inside the noise (%2, %3).").arg(metric, p, counts(b.n, a.n, noun));
    case Verdict::Kind::NoDifference:
        return tr("No difference on %1: equal within numeric resolution (%2, %3).")
            .arg(metric, NumberFormat::plain(StatsFormat::resolved(a.mean)), counts(b.n, a.n, noun));
    case Verdict::Kind::Differs: {
        auto [cb, ca] = StatsFormat::pair(b.mean, a.mean);
        return tr("%1 differs from %2 on %3 (%4 vs %5, %6, %7); the metric has no direction.")
            .arg(candidateLabel, baselineLabel, metric, NumberFormat::plain(cb), NumberFormat::plain(ca), p,
                 counts(b.n, a.n, noun));
    }
    case Verdict::Kind::CandidateBetter:
    case Verdict::Kind::BaselineBetter: {
        bool candidateWins = v.kind == Verdict::Kind::CandidateBetter;
        const auto& winner = candidateWins ? b : a;
        const auto& loser = candidateWins ? a : b;
        auto [w, l] = StatsFormat::pair(winner.mean, loser.mean);
        return tr("%1 beats %2 on %3 (%4 vs %5, %6, %7).")
            .arg(candidateWins ? candidateLabel : baselineLabel, candidateWins ? baselineLabel : candidateLabel,
                 metric, NumberFormat::plain(w), NumberFormat::plain(l), p,
                 counts(winner.n, loser.n, noun));
    }
    }
    return {};
}

QString VerdictText::brief(const Verdict& v)
{
    QString p = CompareFormat::pValue(v.test.pValue);
    switch (v.kind) {
    case Verdict::Kind::NoTest: return tr("no test (needs 2 per group)");
    case Verdict::Kind::InsideNoise: return tr("inside the noise (%1)").arg(p);
    case Verdict::Kind::NoDifference: return tr("no difference (equal within numeric resolution)");
    case Verdict::Kind::Differs: return tr("differs (%1), no direction").arg(p);
    case Verdict::Kind::CandidateBetter: return tr("better (%1)").arg(p);
    case Verdict::Kind::BaselineBetter: return tr("worse (%1)").arg(p);
    }
    return {};
}

} // namespace runlens
