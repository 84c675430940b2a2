// Scatter of a param against a metric (issue 4): core's least-squares line is drawn and
// its numbers, with Pearson and Spearman, are written over the plot; a categorical param
// gets a categorical axis and η instead of a line; hovering names the run and clicking
// selects it.

#include "TempStore.h"

#include "compare/CompareFormat.h"
#include "compare/ScatterView.h"

// The C++ client's API (<runlens/client.h> is these headers; widget tests get core's
// include path, not the client's).
#include "runlens/store/Run.h"
#include "runlens/store/Store.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace runlens;

namespace {

QColor colorOf(const QString& id) { return QColor::fromHsv(int(qHash(id, 5) % 360), 200, 180); }

// acc = 0.5 + 0.4·lr with a small wobble; optimizer adam or sgd.
struct Fixture {
    TempStore tmp;
    Store store = Store::open(tmp.path());
    std::vector<std::string> ids;
    Fixture()
    {
        const double lrs[] = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
        for (int i = 0; i < 7; ++i) {
            auto run = store.startRun({.name = "run" + std::to_string(i),
                                       .params = {{"lr", lrs[i]}, {"optimizer", i % 2 ? "sgd" : "adam"}},
                                       .captureEnvironment = false});
            run.logMetric("val/acc", 0.5 + 0.4 * lrs[i] + (i % 3 - 1) * 0.01, 0);
            run.finish();
            ids.push_back(run.id());
        }
    }
};

} // namespace

class TestScatterView : public QObject {
    Q_OBJECT
private slots:
    void fitLineAndCorrelationsAreShown();
    void categoricalParamOnACategoricalAxis();
    void hoverAndClickSelectARun();
};

void TestScatterView::fitLineAndCorrelationsAreShown()
{
    Fixture f;
    ScatterView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setAxes(ScatterAxis::param("lr"), ScatterAxis::metric("val/acc"));
    const ScatterData& data = view.data();
    QVERIFY(!data.categorical);
    QCOMPARE(int(data.x.size()), 7);
    QVERIFY(data.fit.valid());
    // The dashed line is core's fit, evaluated across the x range.
    QCPGraph* fit = view.fitGraph();
    QVERIFY(fit);
    QVERIFY(fit->data()->size() >= 2);
    for (auto it = fit->data()->constBegin(); it != fit->data()->constEnd(); ++it)
        QVERIFY(std::fabs(it->value - data.fit.at(it->key)) < 1e-12);
    QVERIFY(std::fabs(data.fit.slope - 0.4) < 0.05);
    // The statistics are written over the plot.
    QString stats = view.statsText();
    QVERIFY2(stats.contains(QStringLiteral("Pearson r = %1").arg(CompareFormat::number(data.pearson.r, 3))),
             qPrintable(stats));
    QVERIFY2(stats.contains(QStringLiteral("Spearman ρ = %1").arg(CompareFormat::number(data.spearman.r, 3))),
             qPrintable(stats));
    QVERIFY(stats.contains(QLatin1String("least squares")));
    // Every run is drawn in its own colour.
    int points = 0;
    for (int i = 0; i < view.plot()->graphCount(); ++i)
        if (view.plot()->graph(i)->lineStyle() == QCPGraph::lsNone && view.plot()->graph(i)->scatterStyle().size() < 12)
            points += view.plot()->graph(i)->data()->size();
    QCOMPARE(points, 7);
}

void TestScatterView::categoricalParamOnACategoricalAxis()
{
    Fixture f;
    ScatterView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setAxes(ScatterAxis::param("optimizer"), ScatterAxis::metric("val/acc"));
    QVERIFY(view.data().categorical);
    auto ticker = view.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().values(), (QList<QString>{"adam", "sgd"}));
    QVERIFY(!view.fitGraph()); // a line through categories means nothing
    QVERIFY(view.statsText().contains(QStringLiteral("η = ")));
    QVERIFY(!view.statsText().contains(QLatin1String("Pearson")));
}

void TestScatterView::hoverAndClickSelectARun()
{
    Fixture f;
    ScatterView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setAxes(ScatterAxis::param("lr"), ScatterAxis::metric("val/acc"));
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ScatterView::selectionChanged);
    QString id = QString::fromStdString(f.ids[4]);
    QPointF at = view.pointPosition(id);
    QVERIFY(at.x() >= 0);
    QString tip = view.toolTipAt(at);
    QVERIFY2(tip.contains(QLatin1String("run4")) && tip.contains(QLatin1String("0.5")), qPrintable(tip));

    QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{id});
    // Ctrl+click adds another run; a click on empty space clears.
    QString other = QString::fromStdString(f.ids[0]);
    QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::ControlModifier, view.pointPosition(other).toPoint());
    QCOMPARE(spy.last().at(0).toStringList(), (QStringList{id, other}));
    QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QVERIFY(spy.last().at(0).toStringList().isEmpty());
}

QTEST_MAIN(TestScatterView)
#include "tst_scatter_view.moc"
