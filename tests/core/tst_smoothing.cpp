// Curve smoothing (runlens::Smoothing) against values computed by hand.

#include "runlens/series/Smoothing.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace runlens;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool near(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); }
} // namespace

class TestSmoothing : public QObject {
    Q_OBJECT
private slots:
    void emaByHand()
    {
        // w = 0.5 on 1, 2, 3:
        //   s1 = 0.5·0 + 0.5·1 = 0.5,    / (1 − 0.5)   = 1
        //   s2 = 0.5·0.5 + 0.5·2 = 1.25, / (1 − 0.25)  = 5/3
        //   s3 = 0.5·1.25 + 0.5·3 = 2.125, / (1 − 0.125) = 17/7
        std::vector<double> v{1, 2, 3};
        auto s = Smoothing::ema(v, 0.5);
        QVERIFY(near(s[0], 1.0));
        QVERIFY(near(s[1], 5.0 / 3.0));
        QVERIFY(near(s[2], 17.0 / 7.0));
        // w = 0.9 on 10, 0: s1 = 10 (debiased), s2 = (0.9·1 + 0) / (1 − 0.81) = 0.9/0.19
        std::vector<double> w{10, 0};
        auto t = Smoothing::ema(w, 0.9);
        QVERIFY(near(t[0], 10.0));
        QVERIFY(near(t[1], 0.9 / 0.19 * 1.0));
    }

    void emaKeepsNonFiniteInPlace()
    {
        // 1, NaN, 2 at w = 0.5: the NaN stays and does not count: 1, NaN, 1.25/0.75 = 5/3.
        std::vector<double> v{1, kNaN, 2, kInf};
        auto s = Smoothing::ema(v, 0.5);
        QVERIFY(near(s[0], 1.0));
        QVERIFY(std::isnan(s[1]));
        QVERIFY(near(s[2], 5.0 / 3.0));
        QCOMPARE(s[3], kInf);
    }

    void emaEdgeCases()
    {
        std::vector<double> v{3, 4, 5};
        QCOMPARE(Smoothing::ema(v, 0.0), v);
        std::vector<double> constant{0.1, 0.1, 0.1, 0.1};
        QCOMPARE(Smoothing::ema(constant, 0.99), constant); // no rounding noise on a flat line
        QVERIFY(Smoothing::ema(std::vector<double>{}, 0.6).empty());
    }

    void centredMovingAverageByHand()
    {
        // window 3 on 1, 2, 3, 4, 10: (1+2)/2, (1+2+3)/3, (2+3+4)/3, (3+4+10)/3, (4+10)/2
        std::vector<double> v{1, 2, 3, 4, 10};
        auto s = Smoothing::centredMovingAverage(v, 3);
        QVERIFY(near(s[0], 1.5));
        QVERIFY(near(s[1], 2.0));
        QVERIFY(near(s[2], 3.0));
        QVERIFY(near(s[3], 17.0 / 3.0));
        QVERIFY(near(s[4], 7.0));
        // An even window has no centre: 2 is taken as 3.
        QCOMPARE(Smoothing::centredMovingAverage(v, 2), s);
        // window 5 at the middle: the mean of all five = 4.
        QVERIFY(near(Smoothing::centredMovingAverage(v, 5)[2], 4.0));
        QCOMPARE(Smoothing::centredMovingAverage(v, 1), v);
    }

    void centredMovingAverageSkipsNonFinite()
    {
        // window 3 on 1, NaN, 3, 5: 1 (only 1 is finite next to it), NaN, (3+5)/2, (3+5)/2
        std::vector<double> v{1, kNaN, 3, 5};
        auto s = Smoothing::centredMovingAverage(v, 3);
        QVERIFY(near(s[0], 1.0));
        QVERIFY(std::isnan(s[1]));
        QVERIFY(near(s[2], 4.0));
        QVERIFY(near(s[3], 4.0));
    }

    void centredMovingAverageIsExactOnLongSeries()
    {
        // Large offsets make naive prefix sums lose digits; a ramp's centred mean is the ramp.
        std::vector<double> v(200000);
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = 1e9 + double(i) * 0.001;
        auto s = Smoothing::centredMovingAverage(v, 101);
        for (std::size_t i = 50; i + 50 < v.size(); i += 997)
            QVERIFY2(std::abs(s[i] - v[i]) < 1e-6, qPrintable(QString::number(s[i] - v[i])));
    }
};

QTEST_GUILESS_MAIN(TestSmoothing)
#include "tst_smoothing.moc"
