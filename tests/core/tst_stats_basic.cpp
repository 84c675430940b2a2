// Descriptive statistics, Welch's t-test, correlations and the least-squares line
// against values computed independently.
//
// The reference numbers live in tests/data/stats_reference.json: each case names the
// SciPy/NumPy call that produced it (e.g. scipy.stats.ttest_ind(b, a, equal_var=False)),
// and tests/python/test_stats_reference.py recomputes them all with SciPy, so the
// constants cannot drift. The rest are small cases worked out by hand in comments.

#include "runlens/stats/Correlation.h"
#include "runlens/stats/DescriptiveStats.h"
#include "runlens/stats/LinearFit.h"
#include "runlens/stats/WelchTest.h"

#include <nlohmann/json.hpp>

#include "StatsReference.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

using namespace runlens;
using nlohmann::json;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

json reference()
{
    return statsReference();
}

bool near(double actual, double expected, double rel)
{
    if (actual == expected)
        return true;
    return std::fabs(actual - expected) <= rel * std::max(std::fabs(expected), 1e-300);
}

QByteArray describe(const std::string& caseName, const char* what, double actual, double expected)
{
    return QByteArray::fromStdString(caseName + ": " + what + " = " + std::to_string(actual) + ", expected "
                                     + std::to_string(expected));
}

#define CHECK_NEAR(caseName, what, actual, expected, rel)                                                        \
    QVERIFY2(near((actual), (expected), (rel)), describe((caseName), (what), (actual), (expected)).constData())

// JSON has no NaN: the reference file writes a diverged value as null.
std::vector<double> numbers(const json& j)
{
    std::vector<double> out;
    for (const auto& v : j)
        out.push_back(v.is_null() ? kNaN : v.get<double>());
    return out;
}

std::size_t finiteCount(const std::vector<double>& v)
{
    return std::size_t(std::count_if(v.begin(), v.end(), [](double x) { return std::isfinite(x); }));
}

} // namespace

class TestStatsBasic : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void descriptiveMatchesScipy();
    void descriptiveSkipsNonFiniteAndSmallSamples();
    void welchMatchesScipy();
    void welchNeedsTwoPerGroup();
    void welchWithZeroSpread();
    void pearsonMatchesScipy();
    void spearmanWithTiesMatchesScipy();
    void ranksAverageTies();
    void correlationRatioMatchesAnova();
    void correlationEdgeCases();
    void linearFitMatchesScipy();
    void linearFitEdgeCases();

private:
    json m_ref;
    double m_rel = 1e-9;
};

void TestStatsBasic::initTestCase()
{
    m_ref = reference();
    m_rel = m_ref.at("relative_tolerance").get<double>();
    QVERIFY(m_rel > 0 && m_rel < 1e-6);
}

void TestStatsBasic::descriptiveMatchesScipy()
{
    QVERIFY(!m_ref.at("descriptive").empty());
    for (const auto& c : m_ref.at("descriptive")) {
        const std::string name = c.at("name");
        auto values = numbers(c.at("values"));
        auto s = DescriptiveStats::of(values, c.at("confidence").get<double>());
        const auto& e = c.at("expected");
        QCOMPARE(s.n, values.size());
        CHECK_NEAR(name, "mean", s.mean, e.at("mean").get<double>(), m_rel);
        CHECK_NEAR(name, "stddev", s.stddev, e.at("stddev").get<double>(), m_rel);
        CHECK_NEAR(name, "ci_low", s.ciLow, e.at("ci_low").get<double>(), m_rel);
        CHECK_NEAR(name, "ci_high", s.ciHigh, e.at("ci_high").get<double>(), m_rel);
        CHECK_NEAR(name, "stderror", s.stderror, s.stddev / std::sqrt(double(values.size())), 1e-15);
    }
}

void TestStatsBasic::descriptiveSkipsNonFiniteAndSmallSamples()
{
    // {1, 2, 3}: mean 2, sample variance (1 + 0 + 1) / 2 = 1; the NaN and Inf are left out.
    auto s = DescriptiveStats::of(std::vector<double>{1, kNaN, 2, kInf, 3});
    QCOMPARE(s.n, std::size_t(3));
    QCOMPARE(s.skipped, std::size_t(2));
    QCOMPARE(s.mean, 2.0);
    QCOMPARE(s.stddev, 1.0);
    QCOMPARE(s.min, 1.0);
    QCOMPARE(s.max, 3.0);
    // For 2 degrees of freedom the t quantile has a closed form, t = (2q − 1) / sqrt(2q(1 − q)):
    // t(0.975, 2) = 0.95 / sqrt(0.04875) = 4.3026527297494…; se = 1 / sqrt(3). (SciPy 1.10's
    // t.ppf gives 4.302652729911275 here, 4e-11 off: hence the 1e-9 tolerance of the JSON.)
    double t = 0.95 / std::sqrt(0.04875);
    CHECK_NEAR(std::string("1,2,3"), "ci_high", s.ciHigh, 2.0 + t / std::sqrt(3.0), 1e-13);
    CHECK_NEAR(std::string("1,2,3"), "ci_low", s.ciLow, 2.0 - t / std::sqrt(3.0), 1e-13);

    auto one = DescriptiveStats::of(std::vector<double>{0.7});
    QCOMPARE(one.n, std::size_t(1));
    QCOMPARE(one.mean, 0.7);
    QVERIFY(std::isnan(one.stddev));
    QVERIFY(std::isnan(one.ciLow) && std::isnan(one.ciHigh));

    auto none = DescriptiveStats::of(std::vector<double>{kNaN});
    QCOMPARE(none.n, std::size_t(0));
    QVERIFY(std::isnan(none.mean));
}

void TestStatsBasic::welchMatchesScipy()
{
    QVERIFY(m_ref.at("welch").size() >= 6);
    for (const auto& c : m_ref.at("welch")) {
        const std::string name = c.at("name");
        auto a = numbers(c.at("a")), b = numbers(c.at("b"));
        auto w = WelchTest::compare(a, b);
        const auto& e = c.at("expected");
        QVERIFY(w.valid());
        CHECK_NEAR(name, "t", w.t, e.at("t").get<double>(), m_rel);
        CHECK_NEAR(name, "df", w.df, e.at("df").get<double>(), m_rel);
        CHECK_NEAR(name, "p", w.pValue, e.at("p").get<double>(), m_rel);
        CHECK_NEAR(name, "difference", w.difference, w.b.mean - w.a.mean, 1e-15);
        QCOMPARE(w.a.n, finiteCount(a));
        QCOMPARE(w.b.n, finiteCount(b));
    }
}

void TestStatsBasic::welchNeedsTwoPerGroup()
{
    auto w = WelchTest::compare(std::vector<double>{0.9}, std::vector<double>{0.8, 0.85, 0.82});
    QVERIFY(!w.valid());
    QVERIFY(!w.significant());
    QVERIFY(std::isnan(w.t));
    // A NaN seed does not count towards the two.
    auto w2 = WelchTest::compare(std::vector<double>{0.9, kNaN}, std::vector<double>{0.8, 0.85});
    QVERIFY(!w2.valid());
    QCOMPARE(w2.a.skipped, std::size_t(1));
}

void TestStatsBasic::welchWithZeroSpread()
{
    auto same = WelchTest::compare(std::vector<double>{1, 1, 1}, std::vector<double>{1, 1});
    QCOMPARE(same.pValue, 1.0);
    QCOMPARE(same.t, 0.0);
    auto apart = WelchTest::compare(std::vector<double>{1, 1, 1}, std::vector<double>{2, 2});
    QCOMPARE(apart.pValue, 0.0);
    QVERIFY(std::isinf(apart.t) && apart.t > 0);
    QCOMPARE(apart.df, 3.0);
    // One group constant, the other not: df is n - 1 of the spread group (Welch's formula).
    auto half = WelchTest::compare(std::vector<double>{1, 1, 1}, std::vector<double>{2, 3, 4});
    CHECK_NEAR(std::string("half"), "df", half.df, 2.0, 1e-12);
}

void TestStatsBasic::pearsonMatchesScipy()
{
    for (const auto& c : m_ref.at("pearson")) {
        const std::string name = c.at("name");
        auto r = Correlation::pearson(numbers(c.at("x")), numbers(c.at("y")));
        CHECK_NEAR(name, "r", r.r, c.at("expected").at("r").get<double>(), m_rel);
        CHECK_NEAR(name, "p", r.pValue, c.at("expected").at("p").get<double>(), m_rel);
    }
}

void TestStatsBasic::spearmanWithTiesMatchesScipy()
{
    for (const auto& c : m_ref.at("spearman")) {
        const std::string name = c.at("name");
        auto r = Correlation::spearman(numbers(c.at("x")), numbers(c.at("y")));
        CHECK_NEAR(name, "r", r.r, c.at("expected").at("r").get<double>(), m_rel);
        CHECK_NEAR(name, "p", r.pValue, c.at("expected").at("p").get<double>(), m_rel);
    }
}

void TestStatsBasic::ranksAverageTies()
{
    for (const auto& c : m_ref.at("ranks"))
        QCOMPARE(Correlation::ranks(numbers(c.at("values"))), numbers(c.at("expected").at("ranks")));
}

void TestStatsBasic::correlationRatioMatchesAnova()
{
    for (const auto& c : m_ref.at("correlation_ratio")) {
        const std::string name = c.at("name");
        auto r = Correlation::ratio(c.at("category").get<std::vector<int>>(), numbers(c.at("y")));
        CHECK_NEAR(name, "eta", r.r, c.at("expected").at("eta").get<double>(), m_rel);
        CHECK_NEAR(name, "p", r.pValue, c.at("expected").at("p").get<double>(), m_rel);
    }
}

void TestStatsBasic::correlationEdgeCases()
{
    // Constant x: no correlation can be measured.
    QVERIFY(!Correlation::pearson(std::vector<double>{1, 1, 1}, std::vector<double>{1, 2, 3}).valid());
    // Pairs with NaN / Inf are left out: what remains is a perfect line.
    auto r = Correlation::pearson(std::vector<double>{1, 2, kNaN, 3, 4}, std::vector<double>{2, 4, 5, 6, kInf});
    QCOMPARE(r.n, std::size_t(3));
    CHECK_NEAR(std::string("dropped pairs"), "r", r.r, 1.0, 1e-15);
    QCOMPARE(r.pValue, 0.0);
    // Two points: r is defined, a p-value is not.
    auto two = Correlation::pearson(std::vector<double>{1, 2}, std::vector<double>{3, 1});
    QCOMPARE(two.r, -1.0);
    QVERIFY(std::isnan(two.pValue));
    // One category only: η undefined for a test, no p-value.
    auto oneGroup = Correlation::ratio(std::vector<int>{0, 0, 0}, std::vector<double>{1, 2, 3});
    QCOMPARE(oneGroup.r, 0.0);
    QVERIFY(std::isnan(oneGroup.pValue));
}

void TestStatsBasic::linearFitMatchesScipy()
{
    for (const auto& c : m_ref.at("linear_fit")) {
        const std::string name = c.at("name");
        auto f = LinearFit::fit(numbers(c.at("x")), numbers(c.at("y")));
        const auto& e = c.at("expected");
        CHECK_NEAR(name, "slope", f.slope, e.at("slope").get<double>(), m_rel);
        CHECK_NEAR(name, "intercept", f.intercept, e.at("intercept").get<double>(), m_rel);
        CHECK_NEAR(name, "r2", f.r2, e.at("r2").get<double>(), m_rel);
    }
}

void TestStatsBasic::linearFitEdgeCases()
{
    // y = 3 - 2x exactly, with a NaN pair left out.
    auto f = LinearFit::fit(std::vector<double>{0, 1, kNaN, 2}, std::vector<double>{3, 1, 7, -1});
    QCOMPARE(f.n, std::size_t(3));
    QCOMPARE(f.slope, -2.0);
    QCOMPARE(f.intercept, 3.0);
    QCOMPARE(f.r2, 1.0);
    QCOMPARE(f.at(10), -17.0);
    QVERIFY(!LinearFit::fit(std::vector<double>{2, 2, 2}, std::vector<double>{1, 2, 3}).valid());
    QVERIFY(!LinearFit::fit(std::vector<double>{1}, std::vector<double>{1}).valid());
    auto flat = LinearFit::fit(std::vector<double>{1, 2, 3}, std::vector<double>{5, 5, 5});
    QCOMPARE(flat.slope, 0.0);
    QVERIFY(std::isnan(flat.r2));
}

QTEST_GUILESS_MAIN(TestStatsBasic)
#include "tst_stats_basic.moc"
