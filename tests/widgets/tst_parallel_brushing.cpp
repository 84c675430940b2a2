// Parallel coordinates (issue 4): dragging a range on an axis selects the runs inside
// it and emits their ids, brushes on several axes intersect, a click clears an axis's
// brush and Escape clears all. The mouse is driven with QTest on the plot.

#include "TempStore.h"

#include "compare/ParallelCoordinatesData.h"
#include "compare/ParallelCoordinatesPlot.h"
#include "compare/ParallelCoordinatesView.h"

// The C++ client's API (<runlens/client.h> is these headers; widget tests get core's
// include path, not the client's).
#include "runlens/store/Run.h"
#include "runlens/store/Store.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace runlens;

namespace {

QColor colorOf(const QString&) { return QColor(Qt::darkGreen); }

struct Fixture {
    TempStore tmp;
    Store store = Store::open(tmp.path());
    std::map<std::string, std::string> ids; // name -> uuid

    Fixture()
    {
        struct R {
            const char* name;
            double lr;
            const char* model;
            double acc;
        };
        for (const R& r : {R{"r1", 0.01, "mlp", 0.70}, R{"r2", 0.1, "mlp", 0.80}, R{"r3", 0.5, "softmax", 0.85},
                           R{"r4", 1.0, "softmax", 0.60}, R{"r5", 0.3, "mlp", 0.90}}) {
            auto run = store.startRun({.name = r.name, .params = {{"lr", r.lr}, {"model", r.model}},
                                       .captureEnvironment = false});
            run.logMetric("val/acc", r.acc, 0);
            run.finish();
            ids[r.name] = run.id();
        }
    }
    QStringList idsOf(std::initializer_list<const char*> names)
    {
        QStringList out;
        for (const char* n : names)
            out << QString::fromStdString(ids[n]);
        out.sort();
        return out;
    }
};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// Drags along axis from value `from` to value `to` (the axis's own units).
void drag(ParallelCoordinatesPlot* plot, std::size_t axis, double from, double to)
{
    const ParallelAxis& a = plot->data().axes[axis];
    QPoint start(int(plot->axisX(axis)), int(plot->positionY(a.position(from))));
    QPoint end(int(plot->axisX(axis)), int(plot->positionY(a.position(to))));
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(end), plot->mapToGlobal(QPointF(end)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, end);
}

} // namespace

class TestParallelBrushing : public QObject {
    Q_OBJECT
private slots:
    void axesFollowTheData();
    void dragOnAnAxisSelectsTheRunsInside();
    void brushesOnTwoAxesIntersect();
    void clickClearsAnAxisAndEscapeClearsAll();
    void hoverNamesTheRun();
};

void TestParallelBrushing::axesFollowTheData()
{
    Fixture f;
    auto data = ParallelCoordinatesData::build(f.store.runs(), {"lr", "model"}, "val/acc", CompareValue::Last, {});
    QCOMPARE(int(data.axes.size()), 3);
    QVERIFY(!data.axes[0].categorical);
    QVERIFY(data.axes[1].categorical);
    QCOMPARE(data.axes[1].categories, (QStringList{"mlp", "softmax"}));
    QVERIFY(data.axes[2].isMetric);
    QCOMPARE(data.axes[2].min, 0.60);
    QCOMPARE(data.axes[2].max, 0.90);
}

void TestParallelBrushing::dragOnAnAxisSelectsTheRunsInside()
{
    Fixture f;
    ParallelCoordinatesView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setParams({"lr", "model"});
    view.setMetric("val/acc");
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ParallelCoordinatesView::selectionChanged);

    // The metric axis (last) from 0.78 to 0.95: r2, r3, r5.
    drag(view.plot(), 2, 0.78, 0.95);
    QCOMPARE(spy.count(), 1); // once, on release: the runs table is not flooded while dragging
    QCOMPARE(sorted(spy.at(0).at(0).toStringList()), f.idsOf({"r2", "r3", "r5"}));
    QCOMPARE(sorted(view.plot()->brushedRunIds()), f.idsOf({"r2", "r3", "r5"}));
}

void TestParallelBrushing::brushesOnTwoAxesIntersect()
{
    Fixture f;
    ParallelCoordinatesView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setParams({"lr", "model"});
    view.setMetric("val/acc");
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ParallelCoordinatesView::selectionChanged);

    drag(view.plot(), 2, 0.78, 0.95);                 // r2, r3, r5
    drag(view.plot(), 1, -0.4, 0.4);                  // the "mlp" category: r1, r2, r5
    QCOMPARE(spy.count(), 2);
    QCOMPARE(sorted(spy.last().at(0).toStringList()), f.idsOf({"r2", "r5"}));
    drag(view.plot(), 0, 0.2, 0.4);                   // lr around 0.3: r5
    QCOMPARE(sorted(spy.last().at(0).toStringList()), f.idsOf({"r5"}));
}

void TestParallelBrushing::clickClearsAnAxisAndEscapeClearsAll()
{
    Fixture f;
    ParallelCoordinatesView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setParams({"lr", "model"});
    view.setMetric("val/acc");
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ParallelCoordinatesView::selectionChanged);
    ParallelCoordinatesPlot* plot = view.plot();

    drag(plot, 2, 0.78, 0.95);
    drag(plot, 1, -0.4, 0.4);
    QCOMPARE(sorted(spy.last().at(0).toStringList()), f.idsOf({"r2", "r5"}));
    // A click on the model axis (no drag) clears its brush only.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(int(plot->axisX(1)), int(plot->positionY(0.5))));
    QCOMPARE(sorted(spy.last().at(0).toStringList()), f.idsOf({"r2", "r3", "r5"}));
    QCOMPARE(int(plot->brushes().size()), 1);
    // Escape clears everything: the selection is emptied.
    plot->setFocus();
    QTest::keyClick(plot, Qt::Key_Escape);
    QVERIFY(plot->brushes().empty());
    QVERIFY(spy.last().at(0).toStringList().isEmpty());
}

void TestParallelBrushing::hoverNamesTheRun()
{
    Fixture f;
    ParallelCoordinatesView view(colorOf);
    view.setRuns(f.store.runs(), {}, CompareValue::Last);
    view.setParams({"lr", "model"});
    view.setMetric("val/acc");
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ParallelCoordinatesPlot* plot = view.plot();
    // Halfway between the model axis and the metric axis on r4's line (softmax → 0.60).
    const auto& axes = plot->data().axes;
    std::size_t r4 = std::size_t(plot->data().runIds.indexOf(QString::fromStdString(f.ids["r4"])));
    QPointF p1(plot->axisX(1), plot->positionY(axes[1].positionOf(r4)));
    QPointF p2(plot->axisX(2), plot->positionY(axes[2].positionOf(r4)));
    QString tip = plot->toolTipAt((p1 + p2) / 2);
    QVERIFY2(tip.contains(QLatin1String("r4")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("softmax")));
}

QTEST_MAIN(TestParallelBrushing)
#include "tst_parallel_brushing.moc"
