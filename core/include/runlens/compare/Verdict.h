#pragma once

#include "runlens/model/MetricDirection.h"
#include "runlens/stats/WelchTest.h"

#include <span>
#include <string>

namespace runlens {

// The answer to "is the candidate really better than the baseline on this metric?" for
// two groups of runs (e.g. the seeds of two configs), in words:
//   "B beats A on val/acc (0.912 vs 0.887, p = 0.003, 5 vs 5 seeds)"
//   "the difference on val/acc is inside the noise (p = 0.41, 3 vs 3 seeds)"
//   "no test is possible on val/acc with 1 vs 5 seeds (a test needs at least 2 per group)"
//   "no difference on val/acc: equal within numeric resolution (0.9999999979, 3 vs 3 seeds)"
//   "B differs from A on train/lr (0.02 vs 0.01, p < 0.001, 3 vs 3 runs)" (no direction)
// from Welch's t-test at level alpha, reading better/worse by the metric's direction.
// The views may build a translated sentence from kind and test instead.
struct Verdict {
    enum class Kind {
        NoTest,          // fewer than 2 finite values on a side, and the means differ
        CandidateBetter, // significant, and the candidate is better by the direction
        BaselineBetter,  // significant, and the baseline is better
        InsideNoise,     // not significant at alpha
        NoDifference,    // the means are equal within numeric resolution: nothing to test
        Differs,         // significant, but the metric has no direction (Neutral)
    };

    struct Options {
        std::string noun = "runs"; // what the group members are: "runs", "seeds"
        double alpha = 0.05;
    };

    Kind kind = Kind::NoTest;
    WelchTest test;        // test.a = baseline, test.b = candidate
    std::string sentence;

    static Verdict decide(const std::string& metric, MetricDirection direction, const std::string& baselineLabel,
                          std::span<const double> baseline, const std::string& candidateLabel,
                          std::span<const double> candidate, const Options& options);
    static Verdict decide(const std::string& metric, MetricDirection direction, const std::string& baselineLabel,
                          std::span<const double> baseline, const std::string& candidateLabel,
                          std::span<const double> candidate)
    {
        return decide(metric, direction, baselineLabel, baseline, candidateLabel, candidate, Options{});
    }
};

} // namespace runlens
