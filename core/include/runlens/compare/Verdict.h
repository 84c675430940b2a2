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
// from Welch's t-test at level alpha, reading better/worse by the metric's direction.
// The views may build a translated sentence from kind and test instead.
struct Verdict {
    enum class Kind { NoTest, CandidateBetter, BaselineBetter, InsideNoise };

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
