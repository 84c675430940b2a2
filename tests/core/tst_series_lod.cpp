// The level-of-detail structure behind the learning-curve charts (runlens::SeriesLod):
// per pixel column the drawn first, last, minimum and maximum are exactly the data's at
// every zoom level, non-finite values are never dropped, and a query stays small.

#include "runlens/series/SeriesLod.h"

#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace runlens;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Data {
    std::vector<double> x, y;
};

// The pixel column of x as the query defines it: -1 left of the range, `columns` right of it.
int columnOf(double x, double x0, double x1, int columns)
{
    if (x < x0)
        return -1;
    if (x > x1)
        return columns;
    return std::min(columns - 1, int(std::floor((x - x0) * (double(columns) / (x1 - x0)))));
}

bool sameValue(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

// Random data shaped like real logs: repeated steps, gaps, and now and then NaN or ±Inf.
Data randomData(std::mt19937& rng, std::size_t n, bool evenSteps)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    Data d;
    double x = std::floor(unit(rng) * 100) - 50;
    for (std::size_t i = 0; i < n; ++i) {
        if (!evenSteps) {
            double r = unit(rng);
            x += r < 0.1 ? 0.0 : r < 0.95 ? 1.0 : std::floor(unit(rng) * 1000);
        } else {
            x = double(i);
        }
        double r = unit(rng);
        double v = r < 0.01 ? kNaN : r < 0.015 ? kInf : r < 0.02 ? -kInf : std::sin(double(i) / 50) + unit(rng);
        if (unit(rng) < 0.001)
            v = 1e6 * (unit(rng) - 0.5); // a spike
        d.x.push_back(x);
        // The structure keeps floats: compare against what it can hold.
        d.y.push_back(double(float(v)));
    }
    return d;
}

SeriesLod build(const Data& d, std::mt19937& rng)
{
    SeriesLod lod;
    std::size_t at = 0;
    // Several appends, as a live chart grows, so the incremental pyramid is exercised.
    while (at < d.x.size()) {
        std::size_t n = std::min(d.x.size() - at, std::size_t(rng() % 3000 + 1));
        lod.append(std::span(d.x).subspan(at, n), std::span(d.y).subspan(at, n));
        at += n;
    }
    return lod;
}

// Checks one query against brute force; returns false (after a QVERIFY message) on the first problem.
void checkQuery(const Data& d, const SeriesLod& lod, double x0, double x1, int columns)
{
    auto out = lod.query(x0, x1, columns);
    QVERIFY(out.size() <= std::size_t(10 * (columns + 2)) || out.size() <= std::size_t(4 * columns + 2));
    for (std::size_t i = 1; i < out.size(); ++i)
        QVERIFY2(out[i - 1].x <= out[i].x, "points come in data order");

    struct Column {
        bool any = false;
        std::size_t first = 0, last = 0;
        double min = kInf, max = -kInf;
        bool nan = false, posInf = false, negInf = false;
    };
    std::vector<Column> truth(std::size_t(columns + 2)), drawn(std::size_t(columns + 2));
    auto add = [](Column& c, double y) {
        c.nan |= std::isnan(y);
        c.posInf |= y == kInf;
        c.negInf |= y == -kInf;
        if (std::isfinite(y)) {
            c.min = std::min(c.min, y);
            c.max = std::max(c.max, y);
        }
    };
    // Truth: points inside [x0, x1] plus the neighbour on each side.
    std::size_t a = std::lower_bound(d.x.begin(), d.x.end(), x0) - d.x.begin();
    std::size_t b = std::upper_bound(d.x.begin(), d.x.end(), x1) - d.x.begin();
    a = a > 0 ? a - 1 : a;
    b = b < d.x.size() ? b + 1 : b;
    for (std::size_t i = a; i < b; ++i) {
        Column& c = truth[std::size_t(columnOf(d.x[i], x0, x1, columns) + 1)];
        if (!c.any)
            c.first = i;
        c.any = true;
        c.last = i;
        add(c, d.y[i]);
    }
    for (const auto& p : out) {
        Column& c = drawn[std::size_t(columnOf(p.x, x0, x1, columns) + 1)];
        c.any = true;
        add(c, p.y);
    }
    for (std::size_t c = 0; c < truth.size(); ++c) {
        const Column& t = truth[c];
        const Column& g = drawn[c];
        QCOMPARE(g.any, t.any);
        if (!t.any)
            continue;
        // Exactly, not QCOMPARE's fuzzy double comparison.
        QVERIFY2(g.min == t.min, qPrintable(QString("column %1: min %2, want %3").arg(c).arg(g.min).arg(t.min)));
        QVERIFY2(g.max == t.max, qPrintable(QString("column %1: max %2, want %3").arg(c).arg(g.max).arg(t.max)));
        QCOMPARE(g.nan, t.nan);
        QCOMPARE(g.posInf, t.posInf);
        QCOMPARE(g.negInf, t.negInf);
        // The first and last point of the column are drawn, so lines join up exactly.
        auto has = [&](std::size_t i) {
            return std::any_of(out.begin(), out.end(),
                               [&](const auto& p) { return p.x == d.x[i] && sameValue(p.y, d.y[i]); });
        };
        QVERIFY(has(t.first));
        QVERIFY(has(t.last));
    }
}

} // namespace

class TestSeriesLod : public QObject {
    Q_OBJECT
private slots:
    void emptyAndTiny()
    {
        SeriesLod lod;
        QVERIFY(lod.query(0, 10, 100).empty());
        QVERIFY(!lod.valueBounds(0, 10));
        std::vector<double> x{1, 2, 3}, y{5, kNaN, 7};
        lod.append(x, y);
        auto out = lod.query(0, 10, 100);
        QCOMPARE(out.size(), std::size_t(3));
        QVERIFY(std::isnan(out[1].y));
        auto bounds = lod.valueBounds(0, 10);
        QVERIFY(bounds);
        QCOMPARE(bounds->min, 5.0);
        QCOMPARE(bounds->max, 7.0);
        QCOMPARE(lod.nearest(2.4), std::size_t(1));
        QCOMPARE(lod.nearest(2.5), std::size_t(1)); // a tie goes to the earlier point
        QCOMPARE(lod.nearest(2.6), std::size_t(2));
        QCOMPARE(lod.nearest(-100), std::size_t(0));
    }

    void refusesBadInputAndChangesNothing()
    {
        SeriesLod lod;
        std::vector<double> x{1, 2}, y{1, 2};
        lod.append(x, y);
        std::vector<double> back{3, 1.5}, two{1, 2};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lod.append(back, two));
        std::vector<double> nanX{kNaN}, one{1};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lod.append(nanX, one));
        std::vector<double> three{3, 4, 5};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lod.append(three, two));
        QCOMPARE(lod.size(), std::size_t(2));
        QCOMPARE(lod.x(1), 2.0);
    }

    void evenStepsCostNoMemoryForX()
    {
        std::vector<double> x(100000), y(100000);
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = double(i) * 10;
            y[i] = double(i);
        }
        SeriesLod lod;
        lod.append(x, y);
        QVERIFY(lod.memoryBytes() < x.size() * 6); // 4 bytes of float + < 1 of pyramid per point
        QCOMPARE(lod.x(12345), 123450.0);
        // A step out of rhythm switches to stored x and keeps every earlier x exact.
        std::vector<double> odd{1000003}, v{1};
        lod.append(odd, v);
        QCOMPARE(lod.x(12345), 123450.0);
        QCOMPARE(lod.x(100000), 1000003.0);
        QCOMPARE(lod.lowerBound(123450.0), std::size_t(12345));
        QCOMPARE(lod.upperBound(123450.0), std::size_t(12346));
    }

    void singleSpikeInAMillionPointsIsDrawn()
    {
        std::vector<double> x(1000000), y(1000000, 0.5);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = double(i);
        y[654321] = 42.0;
        y[123] = -7.0;
        y[999000] = kNaN;
        SeriesLod lod;
        lod.append(x, y);
        for (int columns : {1, 7, 300, 1920}) {
            auto out = lod.query(0, 999999, columns);
            QVERIFY(out.size() <= std::size_t(10 * (columns + 2)));
            auto has = [&](double v) {
                return std::any_of(out.begin(), out.end(), [&](const auto& p) { return sameValue(p.y, v); });
            };
            QVERIFY(has(42.0));
            QVERIFY(has(-7.0));
            QVERIFY2(has(kNaN), "a NaN still breaks the line when zoomed out");
        }
        auto bounds = lod.valueBounds(0, 1e9);
        QCOMPARE(bounds->min, -7.0);
        QCOMPARE(bounds->max, 42.0);
        QCOMPARE(lod.valueBounds(200, 654320)->max, 0.5);
    }

    // Brute force over random data: every column's first, last, min, max and
    // non-finite values, for random ranges and widths, whether x is evenly spaced or not.
    void matchesBruteForce()
    {
        std::mt19937 rng(20261101);
        for (int round = 0; round < 40; ++round) {
            std::size_t n = std::size_t(rng() % 20000) + 1;
            Data d = randomData(rng, n, round % 3 == 0);
            SeriesLod lod = build(d, rng);
            QCOMPARE(lod.size(), n);
            double lo = d.x.front(), hi = d.x.back();
            std::uniform_real_distribution<double> pick(lo - 10, hi + 10);
            for (int q = 0; q < 25; ++q) {
                double x0 = pick(rng), x1 = pick(rng);
                if (x0 > x1)
                    std::swap(x0, x1);
                int columns = int(rng() % 400) + 1;
                checkQuery(d, lod, x0, x1, columns);
                if (QTest::currentTestFailed()) {
                    qWarning("round %d n %zu range [%g, %g] columns %d", round, n, x0, x1, columns);
                    return;
                }
                auto bounds = lod.valueBounds(x0, x1);
                double mn = kInf, mx = -kInf;
                for (std::size_t i = 0; i < n; ++i) {
                    if (d.x[i] >= x0 && d.x[i] <= x1 && std::isfinite(d.y[i])) {
                        mn = std::min(mn, d.y[i]);
                        mx = std::max(mx, d.y[i]);
                    }
                }
                QCOMPARE(bool(bounds), mn <= mx);
                if (bounds)
                    QVERIFY(bounds->min == mn && bounds->max == mx);
            }
        }
    }

    // Zooming in step by step around a point: exact at every level, down to raw points.
    void exactAtEveryZoomLevel()
    {
        std::mt19937 rng(7);
        Data d = randomData(rng, 300000, false);
        SeriesLod lod = build(d, rng);
        double lo = d.x.front(), hi = d.x.back();
        double centre = lo + (hi - lo) * 0.37;
        for (double width = hi - lo; width > 1; width /= 2) {
            checkQuery(d, lod, centre - width / 2, centre + width / 2, 640);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void incrementalAppendsEqualOneBuild()
    {
        std::mt19937 rng(99);
        Data d = randomData(rng, 50000, false);
        SeriesLod once;
        once.append(d.x, d.y);
        SeriesLod grown = build(d, rng);
        for (int columns : {3, 100, 1000}) {
            auto a = once.query(d.x.front(), d.x.back(), columns);
            auto b = grown.query(d.x.front(), d.x.back(), columns);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].x, b[i].x);
                QVERIFY(sameValue(a[i].y, b[i].y));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSeriesLod)
#include "tst_series_lod.moc"
