// Learning-curve charts: what a frame draws for a million points (few per pixel column,
// spike and NaN kept), smoothing with the raw curve behind, log Y, grouping, hover
// values, the curve cache's appends, and export to PNG, SVG and PDF.

#include "charts/ChartGrid.h"
#include "charts/CurveCache.h"
#include "charts/CurveGrouping.h"
#include "window/CurvesPanel.h"
#include "charts/MetricChart.h"
#include "common/Translation.h"
#include "runs/RunTableModel.h"
#include "common/StoreSession.h"
#include "TempStore.h"
#include "WidgetTestSupport.h"
#include "runlens/store/Store.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace runlens;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool graphHas(QCPGraph* g, double value)
{
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
        if (it->value == value || (std::isnan(value) && std::isnan(it->value)))
            return true;
    }
    return false;
}

} // namespace

class TestCurves : public QObject {
    Q_OBJECT
private:
    TempStore m_temp;
    StoreSession m_session;
    RunTableModel m_model;
    QStringList m_ids;

private slots:
    void initTestCase()
    {
        useTemporarySettings();
        Translation::install("en"); // the English plural forms: "1 point"
        Store store = Store::open(m_temp.path());
        // A million points with one spike, one dip and a NaN; then three small seeds of two configs.
        auto big = store.startRun({.experiment = "curves", .name = "big"});
        for (int i = 0; i < 1000000; ++i) {
            double v = 1.0 / (1.0 + i * 1e-4);
            if (i == 654321)
                v = 50.0;
            if (i == 123)
                v = -3.0;
            if (i == 800000)
                v = kNaN;
            big.logMetric("loss", v, i);
        }
        big.finish();
        for (int seed = 0; seed < 4; ++seed) {
            auto r = store.startRun({.experiment = "curves", .name = "seed" + std::to_string(seed),
                                     .params = {{"model", seed < 2 ? "a" : "b"}, {"seed", seed}}});
            for (int s = 0; s < 10; ++s)
                r.logMetric("loss", (seed < 2 ? 1.0 : 2.0) + seed % 2 + s * 0.1, s);
            r.finish();
        }
        QVERIFY(m_session.open(QString::fromStdString(m_temp.path())));
        m_model.setRuns(m_session.runs());
        for (const auto& r : m_model.runs())
            m_ids << QString::fromStdString(r.uuid);
    }

    void millionPointsDrawFewPointsPerColumn()
    {
        CurvesPanel panel(&m_session, &m_model);
        ChartOptions o;
        o.emaWeight = 0;
        panel.setOptions(o);
        panel.resize(900, 600);
        panel.show();
        QString big = QString::fromStdString(m_model.runs()[std::size_t(m_model.rowOf(m_ids.first()))].uuid);
        for (const auto& r : m_model.runs())
            if (r.name == "big")
                big = QString::fromStdString(r.uuid);
        panel.setSelection({big});
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        MetricChart* chart = panel.grid()->chart("loss");
        QVERIFY(chart);
        chart->ensureRendered();
        int width = chart->plot()->axisRect()->width();
        QVERIFY(width > 100);
        QVERIFY2(chart->drawnPoints() <= 10 * (width + 2), qPrintable(QString::number(chart->drawnPoints())));
        QVERIFY(chart->drawnPoints() >= width); // and not too few either
        QCPGraph* g = chart->plot()->graph(0);
        QVERIFY(graphHas(g, 50.0));  // the spike
        QVERIFY(graphHas(g, -3.0));  // the dip
        QVERIFY(graphHas(g, kNaN));  // the gap
        QVERIFY(chart->plot()->yAxis->range().contains(50.0));
        QVERIFY(chart->plot()->yAxis->range().contains(-3.0));
        // Zoomed into a hundred points: every one of them is drawn.
        chart->plot()->xAxis->setRange(654300, 654399);
        chart->zoomX(1.0); // marks the view as zoomed and replots
        chart->ensureRendered();
        QVERIFY(chart->drawnPoints() >= 100 && chart->drawnPoints() <= 102);
        QCOMPARE(chart->autoX(), false);
        chart->resetView();
        chart->ensureRendered();
        QCOMPARE(chart->plot()->xAxis->range().upper, 999999.0);
        // Log Y: the dip below zero becomes a gap, not a broken axis.
        o.logY = true;
        panel.setOptions(o);
        chart->ensureRendered();
        QVERIFY(chart->plot()->yAxis->range().lower > 0);
        QVERIFY(!graphHas(chart->plot()->graph(0), -3.0));
    }

    void smoothingKeepsRawBehind()
    {
        CurvesPanel panel(&m_session, &m_model);
        ChartOptions o;
        o.emaWeight = 0.9;
        o.showRaw = true;
        panel.setOptions(o);
        panel.resize(900, 600);
        panel.show();
        panel.setSelection(m_ids.mid(0, 3));
        MetricChart* chart = panel.grid()->chart("loss");
        QVERIFY(chart);
        chart->ensureRendered();
        int runs = int(chart->runs().size());
        QCOMPARE(chart->plot()->graphCount(), 2 * runs); // a faint raw and a smoothed curve per run
        QVERIFY(chart->plot()->graph(0)->pen().color().alpha() < 255);
        o.showRaw = false;
        panel.setOptions(o);
        chart->ensureRendered();
        QCOMPARE(chart->plot()->graphCount(), runs);
    }

    void groupsRunsByParam()
    {
        CurvesPanel panel(&m_session, &m_model);
        ChartOptions o;
        o.emaWeight = 0;
        o.groupBy = "param:model";
        panel.setOptions(o);
        panel.resize(900, 600);
        panel.show();
        QStringList seeds;
        for (const auto& r : m_model.runs())
            if (r.name.rfind("seed", 0) == 0)
                seeds << QString::fromStdString(r.uuid);
        panel.setSelection(seeds);
        MetricChart* chart = panel.grid()->chart("loss");
        chart->ensureRendered();
        QCOMPARE(chart->plot()->graphCount(), 2 * 3); // two groups: band low, band high, mean
        auto rows = chart->valuesAt(0);
        QCOMPARE(rows.size(), 2);
        // model=b: seeds 2 and 3 start at 2 and 3; their mean is 2.5. model=a: 1 and 2 → 1.5.
        QCOMPARE(rows[0].y, 2.5);
        QCOMPARE(rows[1].y, 1.5);
        QVERIFY(rows[0].name.startsWith("model=b"));
    }

    // Issue #12, 11: a metric with one value was a dot on an axis made up around it
    // (−1…1): it reads as a value instead, and turns into a chart when a second point comes.
    void singleValuesReadAsValues()
    {
        CurveCache cache(&m_session);
        MetricChart chart("acc", &cache);
        chart.resize(400, 300);
        ChartRun one{"0a", "final-eval", Qt::red, 1, 1, 0, {}, 0.913};
        chart.setRuns({one});
        QVERIFY(chart.showsValues());
        QVERIFY2(chart.valuesText().contains("acc = 0.913"), qPrintable(chart.valuesText()));
        QVERIFY(chart.valuesText().contains("final-eval (1 point)"));
        ChartRun other{"0b", "baseline", Qt::blue, 2, 1, 0, {}, 0.871};
        chart.setRuns({one, other});
        QVERIFY(chart.showsValues());
        QVERIFY(chart.valuesText().contains("baseline"));
        QVERIFY(chart.valuesText().contains("0.871"));
        other.count = 2; // a curve now: a chart again
        chart.setRuns({one, other});
        QVERIFY(!chart.showsValues());
    }

    // Issue #12, 14: the mean of a group over wall time mixed runs that ran at different
    // times and drew diagonals across the chart. Over wall time runs are drawn one by one,
    // and the panel says why.
    void noGroupingOverWallTime()
    {
        CurvesPanel panel(&m_session, &m_model);
        ChartOptions o;
        o.emaWeight = 0;
        o.groupBy = "param:model";
        o.xAxis = ChartOptions::XAxis::WallTime;
        panel.setOptions(o);
        panel.resize(900, 600);
        panel.show();
        QStringList seeds;
        for (const auto& r : m_model.runs())
            if (r.name.rfind("seed", 0) == 0)
                seeds << QString::fromStdString(r.uuid);
        panel.setSelection(seeds);
        MetricChart* chart = panel.grid()->chart("loss");
        chart->ensureRendered();
        QCOMPARE(chart->plot()->graphCount(), 4); // one line per run, no bands
        auto* legend = panel.findChild<QLabel*>("curvesLegend");
        QVERIFY2(legend->text().contains("Not grouped while X is wall time"), qPrintable(legend->text()));
        auto* groupBy = panel.findChild<QComboBox*>("groupBy");
        QVERIFY(!groupBy->isEnabled());
        QVERIFY(groupBy->toolTip().contains("Time since start"));
        o.xAxis = ChartOptions::XAxis::RelativeTime; // back to a time of their own: grouped
        panel.setOptions(o);
        chart->ensureRendered();
        QCOMPARE(chart->plot()->graphCount(), 2 * 3);
        QVERIFY(groupBy->isEnabled());
    }

    // Issue #12, 14: wall-time labels ran together ("01:25:14.00001:25:15.000").
    void wallTimeLabelsDoNotOverlap_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("width");
        QTest::newRow("2 s, narrow") << 2.0 << 320;
        QTest::newRow("10 s") << 10.0 << 420;
        QTest::newRow("5 min") << 300.0 << 320;
        QTest::newRow("3 h") << 10800.0 << 360;
        QTest::newRow("2 days") << 172800.0 << 360;
        QTest::newRow("2 years") << 6.3e7 << 900;
    }

    void wallTimeLabelsDoNotOverlap()
    {
        QFETCH(double, span);
        QFETCH(int, width);
        CurveCache cache(&m_session);
        MetricChart chart("loss", &cache);
        ChartOptions o;
        o.xAxis = ChartOptions::XAxis::WallTime;
        chart.setOptions(o);
        chart.resize(width, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCPAxis* x = chart.plot()->xAxis;
        const double start = 1.7e9 + 0.123;
        x->setRange(start, start + span);
        chart.zoomX(1.0); // a zoomed view keeps the range
        chart.ensureRendered();
        chart.ensureRendered(); // once more at the laid-out width
        const QVector<double> ticks = x->tickVector();
        const QVector<QString> labels = x->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
        const QFontMetrics metrics(x->tickLabelFont());
        for (int i = 1; i < ticks.size(); ++i) {
            const double room = x->coordToPixel(ticks[i]) - x->coordToPixel(ticks[i - 1]);
            const double needed = (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2.0;
            QVERIFY2(room >= needed + 4, qPrintable(QString("%1 | %2: %3 px for %4 px")
                                                        .arg(labels[i - 1], labels[i]).arg(room).arg(needed)));
        }
        // Labels name what changes from tick to tick, and never two ticks alike.
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    }

    // The controls scrolled sideways when narrow, and on a laptop the grouping was cut
    // off ("Group: No gr"). They wrap onto a second row instead: all in sight, and the
    // panel asks for no more width than its widest group of controls.
    void controlsStayInSightWhenNarrow()
    {
        CurvesPanel panel(&m_session, &m_model);
        panel.resize(560, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.minimumSizeHint().width() <= 560);
        QWidget* bar = panel.findChild<QWidget*>("curvesToolbar");
        QVERIFY(bar);
        for (QWidget* control : bar->findChildren<QWidget*>()) {
            if (!control->isVisibleTo(&panel) || control->parentWidget() == bar)
                continue; // the groups themselves; their controls are checked
            const QRect where(control->mapTo(&panel, QPoint(0, 0)), control->size());
            QVERIFY2(panel.rect().contains(where), qPrintable(control->metaObject()->className()
                                                              + QString(" at %1,%2").arg(where.x()).arg(where.y())));
        }
        auto* groupBy = panel.findChild<QComboBox*>("groupBy");
        QVERIFY(groupBy->mapTo(&panel, QPoint(0, 0)).y() > 0); // on a second row
    }

    void hoverListsEveryRun()
    {
        CurvesPanel panel(&m_session, &m_model);
        ChartOptions o;
        o.emaWeight = 0;
        panel.setOptions(o);
        panel.resize(900, 600);
        panel.show();
        QStringList seeds;
        for (const auto& r : m_model.runs())
            if (r.name.rfind("seed", 0) == 0)
                seeds << QString::fromStdString(r.uuid);
        panel.setSelection(seeds);
        MetricChart* chart = panel.grid()->chart("loss");
        chart->ensureRendered();
        auto rows = chart->valuesAt(4.4); // nearest point: step 4
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].x, 4.0);
        QVERIFY(std::abs(rows[0].y - 3.4) < 1e-6); // largest first: seed 3 = 2 + 1 + 0.4
        QString html = chart->hoverHtml(4.4);
        QVERIFY(html.contains("seed3") && html.contains("seed0") && html.contains("step 4"));
    }

    void exportsPngSvgPdf()
    {
        CurvesPanel panel(&m_session, &m_model);
        panel.resize(900, 600);
        panel.show();
        panel.setSelection(m_ids.mid(1, 3));
        MetricChart* chart = panel.grid()->chart("loss");
        chart->ensureRendered();
        for (const QString suffix : {"png", "svg", "pdf"}) {
            QString path = m_temp.dir() + "/chart." + suffix;
            QString error;
            QVERIFY2(chart->exportTo(path, &error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray head = f.read(200);
            if (suffix == "png")
                QVERIFY(!QImage(path).isNull());
            else if (suffix == "svg")
                QVERIFY(head.contains("<svg"));
            else
                QVERIFY(head.startsWith("%PDF"));
        }
        QString error;
        QVERIFY(!chart->exportTo(m_temp.dir() + "/chart.bmpx", &error));
        QVERIFY(!error.isEmpty());
    }

    void cacheAppendsTails()
    {
        TempStore temp;
        Store store = Store::open(temp.path());
        auto run = store.startRun({.name = "growing"});
        for (int i = 0; i < 100; ++i)
            run.logMetric("x", i, i);
        run.flush();
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(temp.path())));
        auto record = *session.run(QString::fromStdString(run.id()));
        ChartRun cr{QString::fromStdString(run.id()), "growing", Qt::red, record.series[0].seriesId,
                    record.series[0].count, record.startTime, {}};
        CurveCache cache(&session);
        QCOMPARE(cache.curve(cr, "x")->raw.size(), std::size_t(100));
        for (int i = 100; i < 150; ++i)
            run.logMetric("x", i, i);
        run.flush();
        cr.count = 150;
        QVERIFY(cache.update(cr, "x"));
        QCOMPARE(cache.find(cr.uuid, "x")->raw.size(), std::size_t(150));
        QCOMPARE(cache.stats().loads, 1);
        QCOMPARE(cache.stats().appends, 1);
        // A step logged late (before what is drawn): the series is read again, in order.
        run.logMetric("x", -1, 50);
        run.flush();
        cr.count = 151;
        QVERIFY(cache.update(cr, "x"));
        QCOMPARE(cache.stats().reloads, 1);
        const auto& lod = cache.find(cr.uuid, "x")->raw;
        QCOMPARE(lod.size(), std::size_t(151));
        QCOMPARE(lod.y(51), -1.0); // after the first step 50, in log order
        run.finish();
    }

    void groupingByHand()
    {
        // Same x: mean, min, max and sample standard deviation at every x.
        SeriesLod a, b;
        std::vector<double> x{0, 1, 2}, ya{1, 2, 3}, yb{3, 4, 5};
        a.append(x, ya);
        b.append(x, yb);
        auto g = CurveGrouping::aggregate("g", {&a, &b});
        QCOMPARE(g.x, x);
        QCOMPARE(g.mean, (std::vector<double>{2, 3, 4}));
        QCOMPARE(g.min, ya);
        QCOMPARE(g.max, yb);
        QVERIFY(std::abs(g.stddev[1] - std::sqrt(2.0)) < 1e-12);
        // Different x: interpolated inside a run's range, not counted outside it.
        SeriesLod c, d;
        std::vector<double> xc{0, 2}, yc{0, 2}, xd{1}, yd{5};
        c.append(xc, yc);
        d.append(xd, yd);
        g = CurveGrouping::aggregate("g", {&c, &d});
        QCOMPARE(g.x, (std::vector<double>{0, 1, 2}));
        QCOMPARE(g.mean, (std::vector<double>{0, 3, 2}));
        QCOMPARE(g.count, (std::vector<int>{1, 2, 1}));
        QCOMPARE(g.stddev[0], 0.0);
    }
};

QTEST_MAIN(TestCurves)
#include "tst_curves.moc"
