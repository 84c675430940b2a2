// Per-slice results (issue 4): the slice table shows core's flags as icons with
// explaining tooltips, sorts worst first, and the bars, heatmap and slice curves show
// the same numbers. Runs are logged with the C++ client into a temporary store.

#include "TempStore.h"

#include "compare/CompareChartMenu.h"
#include "compare/CompareFilterProxy.h"
#include "compare/CompareGrouping.h"
#include "compare/SliceBarChart.h"
#include "compare/SliceCurvesChart.h"
#include "compare/SliceHeatmap.h"
#include "compare/SliceTableModel.h"
#include "compare/SliceView.h"
#include "WidgetTestSupport.h"

// The C++ client's API (<runlens/client.h> is these headers; widget tests get core's
// include path, not the client's).
#include "runlens/store/Run.h"
#include "runlens/store/Store.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPainter>
#include <QTest>

#include <map>
#include <memory>
#include <thread>

using namespace runlens;

namespace {

QColor colorOf(const QString& id) { return id.startsWith(QLatin1Char('a')) ? QColor(Qt::blue) : QColor(Qt::red); }

using Values = std::map<std::pair<std::string, std::string>, double>; // (key, slice) -> value

std::string logRun(Store& store, const std::string& name, const Values& values)
{
    auto run = store.startRun({.name = name, .captureEnvironment = false});
    for (const auto& [ks, value] : values) {
        run.logMetric(ks.first, value - 0.1, 0, ks.second);
        run.logMetric(ks.first, value, 1, ks.second);
    }
    run.finish();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return run.id();
}

// Baseline a, candidate b: b is better overall, but class=1 got worse (the regression
// an average hides), and class=1 of a is much worse than a's overall.
struct Fixture {
    TempStore tmp;
    Store store = Store::open(tmp.path());
    std::string a = logRun(store, "a", {{{"val/acc", ""}, 0.80}, {{"val/acc", "class=0"}, 0.85},
                                        {{"val/acc", "class=1"}, 0.60}, {{"val/acc", "class=2"}, 0.80}});
    std::string b = logRun(store, "b", {{{"val/acc", ""}, 0.85}, {{"val/acc", "class=0"}, 0.90},
                                        {{"val/acc", "class=1"}, 0.55}, {{"val/acc", "class=2"}, 0.82}});
    std::vector<RunGroup> columns()
    {
        std::vector<RunRecord> runs{store.run(a), store.run(b)};
        return RunGroup::each(runs);
    }
};

int rowFor(const SliceTableModel* model, const QString& slice, const QString& run)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, SliceTableModel::Slice).data().toString() == slice
            && model->index(r, SliceTableModel::Run).data().toString() == run)
            return r;
    return -1;
}

} // namespace

class TestSliceView : public QObject {
    Q_OBJECT
private slots:
    void regressionFlagIsVisible();
    void muchWorseFlagIsVisible();
    void worstSliceFirstAndOtherOrders();
    void onlyFlagged();
    void heatmapShowsValuesInCells();
    void barsHaveOneSetPerColumn();
    void curvesOfOneRun();
    void noSlicesSaysSo();
};

void TestSliceView::regressionFlagIsVisible()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    auto* model = view.model();
    int row = rowFor(model, "class=1", "b");
    QVERIFY(row >= 0);
    QModelIndex flags = model->index(row, SliceTableModel::Flags);
    QVERIFY(flags.data(SliceTableModel::RegressedRole).toBool());
    QVERIFY(!flags.data(Qt::DecorationRole).value<QIcon>().isNull());
    QString tip = flags.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Regressed while overall improved")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("0.6")) && tip.contains(QLatin1String("0.55")), qPrintable(tip));
    // Delta to the baseline's slice, coloured worse.
    QCOMPARE(model->index(row, SliceTableModel::Delta).data().toString(), QStringLiteral("−0.05"));
    QVERIFY(model->index(row, SliceTableModel::Delta).data(Qt::BackgroundRole).isValid());
    // A slice without flags has no icon.
    int fine = rowFor(model, "class=0", "b");
    QVERIFY(model->index(fine, SliceTableModel::Flags).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(fine, SliceTableModel::Flags).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestSliceView::muchWorseFlagIsVisible()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    int row = rowFor(view.model(), "class=1", "a");
    QVERIFY(row >= 0);
    QModelIndex flags = view.model()->index(row, SliceTableModel::Flags);
    QVERIFY(flags.data(SliceTableModel::MuchWorseRole).toBool());
    QVERIFY(!flags.data(SliceTableModel::RegressedRole).toBool()); // the baseline cannot regress
    QVERIFY(flags.data(Qt::ToolTipRole).toString().contains(QLatin1String("Much worse than overall")));
    QCOMPARE(view.model()->index(row, SliceTableModel::Overall).data().toString(), QStringLiteral("0.8"));
    QCOMPARE(view.model()->index(row, SliceTableModel::Gap).data().toString(), QStringLiteral("+0.2"));
}

void TestSliceView::worstSliceFirstAndOtherOrders()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    // Worst against overall first: class=1 of b is 0.30 below b's overall.
    QCOMPARE(view.proxy()->index(0, SliceTableModel::Slice).data().toString(), QStringLiteral("class=1"));
    QCOMPARE(view.proxy()->index(0, SliceTableModel::Run).data().toString(), QStringLiteral("b"));
    view.setOrder(SliceTable::Order::ByName);
    QCOMPARE(view.proxy()->index(0, SliceTableModel::Slice).data().toString(), QStringLiteral("class=0"));
    // Sorting by a header sorts numbers as numbers.
    view.proxy()->sort(SliceTableModel::Value, Qt::AscendingOrder);
    QCOMPARE(view.proxy()->index(0, SliceTableModel::Value).data().toString(), QStringLiteral("0.55"));
}

void TestSliceView::onlyFlagged()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    int all = view.model()->rowCount();
    QCOMPARE(all, 6); // 3 slices × 2 runs
    view.setOnlyFlagged(true);
    int flagged = 0;
    for (const SliceRow* row : view.table().flagged())
        flagged += row->key == "val/acc";
    QCOMPARE(view.model()->rowCount(), flagged);
    QVERIFY(flagged >= 2 && flagged < all);
}

void TestSliceView::heatmapShowsValuesInCells()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    SliceHeatmap* map = view.heatmap();
    QCOMPARE(map->rowCount(), 4); // overall + 3 slices
    QCOMPARE(map->columnCount(), 2);
    QCOMPARE(map->cellText(0, 1), QStringLiteral("0.85")); // b overall (NumberFormat: no trailing zeros)
    QCOMPARE(map->cellText(2, 1), QStringLiteral("0.55")); // b class=1
    // Worst value darkest, best lightest, whatever the metric's direction.
    QVERIFY(map->cellColor(2, 1).lightness() < map->cellColor(1, 1).lightness());
    // render() (the report's path) paints the cells in those colours.
    QImage image(600, 300, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    map->render(p, QRectF(0, 0, 600, 300));
    p.end();
    int filled = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            filled += image.pixel(x, y) == map->cellColor(2, 1).rgb();
    QVERIFY2(filled > 500, qPrintable(QString::number(filled)));
}

void TestSliceView::barsHaveOneSetPerColumn()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    SliceBarChart* chart = view.barChart();
    QCOMPARE(chart->categories(), (QStringList{"overall", "class=0", "class=1", "class=2"}));
    QVERIFY(chart->bars(0) && chart->bars(1) && !chart->bars(2));
    QCOMPARE(chart->bars(1)->data()->size(), 4);
    QCOMPARE(chart->bars(1)->brush().color(), colorOf(QString::fromStdString(f.b)));
    // The flagged bar carries its badge.
    bool badge = false;
    for (int i = 0; i < chart->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(chart->item(i)))
            badge = badge || text->text().contains(QStringLiteral("↓"));
    QVERIFY(badge);
    // Its context menu copies the chart as an image.
    QApplication::clipboard()->clear();
    std::unique_ptr<QMenu> menu(CompareChartMenu::create(chart));
    menu->findChild<QAction*>(QStringLiteral("copyChartImage"))->trigger();
    QCOMPARE(QApplication::clipboard()->image().size(), chart->grab().size());
}

void TestSliceView::curvesOfOneRun()
{
    Fixture f;
    auto session = sessionOn(f.store);
    SliceView view(session.get(), colorOf);
    view.setColumns(f.columns(), {});
    view.setCurveRun(QString::fromStdString(f.b));
    SliceCurvesChart* curves = view.curvesChart();
    QCOMPARE(curves->lineNames(), (QStringList{"overall", "class=0", "class=1", "class=2"}));
    QCOMPARE(curves->graph(2)->data()->size(), 2); // class=1: steps 0 and 1
    QCOMPARE(curves->graph(2)->data()->at(1)->value, 0.55);
}

void TestSliceView::noSlicesSaysSo()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto run = store.startRun({.name = "plain", .captureEnvironment = false});
    run.logMetric("loss", 1.0, 0);
    run.finish();
    auto session = sessionOn(store);
    SliceView view(session.get(), colorOf);
    view.setColumns(RunGroup::each(store.runs()), {});
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.key().isEmpty());
}

QTEST_MAIN(TestSliceView)
#include "tst_slice_view.moc"
