// Degenerate inputs of the two-group test and its verdict: differences made of rounding,
// zero spread, constant groups, n = 1 and n = 2, NaN and ±Inf in a group. A difference
// within the numeric resolution of the values is no difference, whatever a t statistic
// computed from rounding noise would say.

#include "runlens/compare/Verdict.h"
#include "runlens/stats/NumericResolution.h"
#include "runlens/stats/StatsFormat.h"
#include "runlens/stats/WelchTest.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace runlens;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
const double kX = 0.9999999979;             // an accuracy that has converged
const double kUlp = std::nextafter(kX, 2.0) - kX; // one unit in the last place of kX

double ulps(int k) { return kX + k * kUlp; }

} // namespace

class TestStatsResolution : public QObject {
    Q_OBJECT
private slots:
    void resolutionIsRelative();
    void lastBitNoiseIsNoDifference();
    void lastBitApartConstantGroupsAreNoDifference();
    void zeroVarianceInBothGroups();
    void identicalValues();
    void oneGroupConstant();
    void twoPerGroup();
    void nanAndInfAreLeftOut();
    void oneRunOnASide();
    void resolvedNumbersReadBack();
};

void TestStatsResolution::resolutionIsRelative()
{
    QVERIFY(NumericResolution::equal(0.1 + 0.2, 0.3));
    QVERIFY(NumericResolution::equal(1e6 + 1e-7, 1e6));
    QVERIFY(!NumericResolution::equal(1e-9, 2e-9)); // small values differ for real
    QVERIFY(!NumericResolution::equal(0.91, 0.9100001));
    QVERIFY(!NumericResolution::equal(kNaN, kNaN));
    QVERIFY(NumericResolution::equal(kInf, kInf));
    QVERIFY(!NumericResolution::equal(kInf, 1e308));
}

// The report that started this: "width=128 beats width=64 on acc (0.9999999979 vs
// 0.9999999979, p = 0.05)". Seeds that converged to the same accuracy differ in their
// last bits only; the old test divided that difference by a spread of the same size
// and found p = 0.026.
void TestStatsResolution::lastBitNoiseIsNoDifference()
{
    std::vector<double> a{ulps(0), ulps(1), ulps(1)}, b{ulps(3), ulps(3), ulps(2)};
    auto w = WelchTest::compare(a, b);
    QVERIFY(w.equalWithinResolution);
    QVERIFY(!w.significant());
    QCOMPARE(w.pValue, 1.0);
    QCOMPARE(w.t, 0.0);
    QVERIFY(w.difference > 0); // the difference itself is still reported honestly

    auto v = Verdict::decide("acc", MetricDirection::Max, "width=64", a, "width=128", b);
    QVERIFY(v.kind == Verdict::Kind::NoDifference);
    QCOMPARE(v.sentence, std::string("no difference on acc: equal within numeric resolution (0.9999999979, 3 vs 3 runs)"));
}

// Each group constant, the groups one bit apart: zero spread made the old test say
// t = +Inf, p = 0, "beats".
void TestStatsResolution::lastBitApartConstantGroupsAreNoDifference()
{
    std::vector<double> a{ulps(1), ulps(1), ulps(1)}, b{ulps(2), ulps(2), ulps(2)};
    auto v = Verdict::decide("acc", MetricDirection::Max, "A", a, "B", b);
    QVERIFY(v.kind == Verdict::Kind::NoDifference);
    QCOMPARE(v.test.pValue, 1.0);
}

void TestStatsResolution::zeroVarianceInBothGroups()
{
    // Really different constants: the test degenerates to certainty, and says so.
    auto apart = WelchTest::compare(std::vector<double>{0.5, 0.5, 0.5}, std::vector<double>{0.6, 0.6});
    QVERIFY(!apart.equalWithinResolution);
    QCOMPARE(apart.pValue, 0.0);
    QVERIFY(std::isinf(apart.t) && apart.t > 0);
    QCOMPARE(apart.df, 3.0);
    auto v = Verdict::decide("acc", MetricDirection::Max, "A", std::vector<double>{0.5, 0.5, 0.5}, "B",
                             std::vector<double>{0.6, 0.6});
    QVERIFY(v.kind == Verdict::Kind::CandidateBetter);
    QCOMPARE(v.sentence, std::string("B beats A on acc (0.600 vs 0.500, p < 0.001, 2 vs 3 runs)"));
    // Constants whose mean is rounded (0.1 · 3 / 3 is not 0.1) still count as constant.
    auto rounded = WelchTest::compare(std::vector<double>{0.1, 0.1, 0.1}, std::vector<double>{0.7, 0.7, 0.7});
    QCOMPARE(rounded.pValue, 0.0);
}

void TestStatsResolution::identicalValues()
{
    std::vector<double> same{0.25, 0.25, 0.25};
    auto w = WelchTest::compare(same, same);
    QVERIFY(w.equalWithinResolution);
    QCOMPARE(w.pValue, 1.0);
    QCOMPARE(w.difference, 0.0);
    auto v = Verdict::decide("val/loss", MetricDirection::Min, "A", same, "B", same);
    QVERIFY(v.kind == Verdict::Kind::NoDifference);
    QVERIFY(v.sentence.find("beats") == std::string::npos);
    // Equal means from groups with spread: no difference either (t would be 0 anyway).
    auto spread = Verdict::decide("acc", MetricDirection::Max, "A", std::vector<double>{0.1, 0.3}, "B",
                                  std::vector<double>{0.2, 0.2});
    QVERIFY(spread.kind == Verdict::Kind::NoDifference);
}

void TestStatsResolution::oneGroupConstant()
{
    // SciPy agrees here (tests/data/stats_reference.json, "one group constant"): Welch's
    // df falls to n - 1 of the group with spread.
    auto w = WelchTest::compare(std::vector<double>{0.8, 0.8, 0.8}, std::vector<double>{0.82, 0.85, 0.83});
    QVERIFY(!w.equalWithinResolution);
    QVERIFY(std::fabs(w.df - 2.0) < 1e-12);
    QVERIFY(w.valid() && w.pValue > 0 && w.pValue < 1);
    // A constant group whose values only jitter in the last bit is still constant.
    auto jitter = WelchTest::compare(std::vector<double>{ulps(0), ulps(1), ulps(0)},
                                     std::vector<double>{0.99, 0.995, 0.993});
    QVERIFY(std::fabs(jitter.df - 2.0) < 1e-12);
}

void TestStatsResolution::twoPerGroup()
{
    auto w = WelchTest::compare(std::vector<double>{0.80, 0.82}, std::vector<double>{0.90, 0.91});
    QVERIFY(w.valid());
    QVERIFY(w.df > 1 && w.df < 2.0 + 1e-12); // Welch with n = 2 each: 1 ≤ df ≤ 2
    auto v = Verdict::decide("acc", MetricDirection::Max, "A", std::vector<double>{0.80, 0.82}, "B",
                             std::vector<double>{0.90, 0.91});
    QVERIFY(v.kind == Verdict::Kind::CandidateBetter || v.kind == Verdict::Kind::InsideNoise);
    QCOMPARE(v.test.pValue, w.pValue);
}

void TestStatsResolution::nanAndInfAreLeftOut()
{
    auto clean = WelchTest::compare(std::vector<double>{0.80, 0.82, 0.81}, std::vector<double>{0.90, 0.91});
    auto dirty = WelchTest::compare(std::vector<double>{0.80, kNaN, 0.82, kInf, 0.81},
                                    std::vector<double>{-kInf, 0.90, 0.91});
    QCOMPARE(dirty.a.n, std::size_t(3));
    QCOMPARE(dirty.a.skipped, std::size_t(2));
    QCOMPARE(dirty.b.skipped, std::size_t(1));
    QCOMPARE(dirty.pValue, clean.pValue);
    QCOMPARE(dirty.t, clean.t);
    // A group of only NaN has no value at all: no test, and no "no difference" either.
    auto empty = Verdict::decide("acc", MetricDirection::Max, "A", std::vector<double>{kNaN, kNaN}, "B",
                                 std::vector<double>{kNaN, kNaN});
    QVERIFY(empty.kind == Verdict::Kind::NoTest);
    QVERIFY(!empty.test.equalWithinResolution);
}

void TestStatsResolution::oneRunOnASide()
{
    auto w = WelchTest::compare(std::vector<double>{0.9}, std::vector<double>{0.8, 0.85});
    QVERIFY(!w.valid());
    auto differ = Verdict::decide("acc", MetricDirection::Max, "A", std::vector<double>{0.9}, "B",
                                  std::vector<double>{0.8, 0.85});
    QVERIFY(differ.kind == Verdict::Kind::NoTest);
    // One run equal to a constant group: nothing to test, and nothing that differs.
    auto equal = Verdict::decide("acc", MetricDirection::Max, "A", std::vector<double>{ulps(1)}, "B",
                                 std::vector<double>{ulps(0), ulps(0)});
    QVERIFY(equal.kind == Verdict::Kind::NoDifference);
    QCOMPARE(equal.sentence, std::string("no difference on acc: equal within numeric resolution (0.9999999979, 2 vs 1 runs)"));
}

void TestStatsResolution::resolvedNumbersReadBack()
{
    QCOMPARE(StatsFormat::resolved(0.5), std::string("0.500"));
    QCOMPARE(StatsFormat::resolved(kX), std::string("0.9999999979"));
    QCOMPARE(StatsFormat::resolved(kNaN), std::string("nan"));
}

QTEST_GUILESS_MAIN(TestStatsResolution)
#include "tst_stats_resolution.moc"
