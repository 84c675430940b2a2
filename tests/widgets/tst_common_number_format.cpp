// Numbers as every view writes them: one policy, in the user's locale, so the runs
// table, compare cells, chart tooltips and axes agree (issue #12: German axes showed
// "0,888" while tables showed "0.88375").

#include "charts/ChartHover.h"
#include "common/NumberFormat.h"
#include "compare/CompareFormat.h"
#include "runs/RunTableModel.h"
#include "WidgetTestSupport.h"

#include <runlens/model/ParamValue.h>

#include <qcustomplot.h>

#include <QLocale>
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
};

QTEST_MAIN(TestNumberFormat)
#include "tst_common_number_format.moc"
