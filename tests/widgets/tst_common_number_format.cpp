// Numbers as every view writes them: one policy, in the user's locale, so the runs
// table, compare cells, chart tooltips and axes agree (issue #12: German axes showed
// "0,888" while tables showed "0.88375").

#include "charts/ChartAxisFormat.h"
#include "charts/ChartHover.h"
#include "charts/CurveCache.h"
#include "charts/MetricChart.h"
#include "common/NumberFormat.h"
#include "common/StatusStyle.h"
#include "compare/CompareFormat.h"
#include "runs/RunDetailsPanel.h"
#include "runs/RunTableModel.h"
#include "WidgetTestSupport.h"

#include <runlens/model/ParamValue.h>

#include <qcustomplot.h>

#include <QLocale>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <limits>

using namespace runlens;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useTemporarySettings(); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void valuesByLocale_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("accuracy") << 0.88375 << "0.88375" << "0,88375";
        QTest::newRow("six digits") << 0.123456789 << "0.123457" << "0,123457";
        QTest::newRow("apart in 5th digit") << 0.91234 << "0.91234" << "0,91234";
        QTest::newRow("integer") << 1024.0 << "1024" << "1024";
        QTest::newRow("large integer, no separators") << 123456789.0 << "123456789" << "123456789";
        QTest::newRow("never 1.23e+03") << 1234.56 << "1234.56" << "1234,56";
        QTest::newRow("negative") << -2.5 << "-2.5" << "-2,5";
        QTest::newRow("zero") << 0.0 << "0" << "0";
        QTest::newRow("small") << 1.5e-5 << "1.5e-05" << "1,5e-05";
        QTest::newRow("large") << 2.5e9 << "2.5e+09" << "2,5e+09";
        QTest::newRow("nan") << kNaN << "NaN" << "NaN";
        QTest::newRow("inf") << kInf << "∞" << "∞";
        QTest::newRow("-inf") << -kInf << "−∞" << "−∞";
    }

    void valuesByLocale()
    {
        QFETCH(double, value);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(NumberFormat::value(value), english);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(NumberFormat::value(value), german);
    }

    void fewerDigitsForCompactPlaces()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(NumberFormat::value(0.88375, 3), QString("0,884"));
        QCOMPARE(NumberFormat::value(1234.56, 3), QString("1235"));
    }

    void paramsKeepIntegersAndText()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(NumberFormat::param(ParamValue(std::int64_t(3141592653))), QString("3141592653"));
        QCOMPARE(NumberFormat::param(ParamValue(0.001)), QString("0,001"));
        QCOMPARE(NumberFormat::param(ParamValue("adam")), QString("adam"));
    }

    // The same value reads the same in the runs table, a compare cell, a chart
    // tooltip and on a chart axis.
    void viewsAgreeInGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const double v = 0.88375;
        RunTableModel model;
        RunRecord run = record(1, "run-1");
        run.params["lr"] = ParamValue(0.0003);
        run.series.push_back(summary("val/acc", v, v - 0.2, v));
        model.setRuns({run});
        model.setUserColumns({{RunColumn::Kind::Param, "lr"}, {RunColumn::Kind::MetricLast, "val/acc"}});
        const int columns = model.columnCount();
        QCOMPARE(model.index(0, columns - 2).data().toString(), QString("0,0003"));
        QCOMPARE(model.index(0, columns - 1).data().toString(), QString("0,88375"));
        QCOMPARE(CompareFormat::number(v), QString("0,88375"));
        QString tip = ChartHover::html("val/acc", "step 4", {{"run-1", Qt::red, 4, v}});
        QVERIFY2(tip.contains("0,88375"), qPrintable(tip));
        // QCustomPlot writes its tick labels with the plot's locale, taken from the default.
        QCustomPlot plot;
        QCOMPARE(plot.locale().toString(0.888, 'g', 6), NumberFormat::value(0.888));
    }

    // Issue #12, 21: counts, durations, percentages, p-values, time since start and the
    // value axis went their own way (QString::number, QLocale's group separators, core's
    // C-locale statistics). Every one of them now reads like the table's numbers.
    void everyPlaceInGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        StoreSession session;
        RunTableModel model;
        RunDetailsPanel details(&session, &model);
        RunRecord run = record(1, "run-1");
        SeriesSummary loss = summary("loss", 0.25, 0.125, 2.5, 12345);
        loss.firstStep = 0;
        loss.lastStep = 12344;
        run.series.push_back(loss);
        details.showRun(run, 1);
        QCOMPARE(details.metricsTable()->item(0, 2)->text(), QString("12345")); // not "12.345"
        QCOMPARE(details.metricsTable()->item(0, 3)->text(), QString("0,25"));
        QCOMPARE(details.metricsTable()->item(0, 6)->text(), QString("0–12344"));
        QCOMPARE(StatusStyle::duration(4.5), QString("4,5 s"));
        QCOMPARE(ChartAxisFormat::format(ChartOptions::XAxis::RelativeTime, 1.5), QString("1,500 s since start"));
        QCOMPARE(ChartAxisFormat::format(ChartOptions::XAxis::Step, 12000), QString("step 12000"));
        QCOMPARE(CompareFormat::percent(0.028), QString("+2,8 %"));
        QCOMPARE(CompareFormat::pValue(0.0031), QString("p = 0,003"));
        QCOMPARE(CompareFormat::pValue(0.0001), QString("p < 0,001"));
        QCOMPARE(NumberFormat::plain("0.9121"), QString("0,9121"));

        // The value axis: the table's digits and decimal comma.
        StoreSession none;
        CurveCache cache(&none);
        MetricChart chart("acc", &cache);
        chart.resize(400, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.ensureRendered(); // no data: the axis shows 0 to 1
        const auto labels = chart.plot()->yAxis->tickVectorLabels();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QString& l) { return l.contains(','); }));
        for (const auto& l : labels)
            QVERIFY2(!l.contains('.'), qPrintable(l));
    }
};

QTEST_MAIN(TestNumberFormat)
#include "tst_common_number_format.moc"
