// The comparison window (issue 4): params diff highlighting and "only differences",
// metric cells coloured by direction, the direction menu that recolours and is stored,
// baseline from the header menu, groups with mean ± std, CI and the verdict in words,
// the run-info diff and the optional curves tab. Runs are logged with the C++ client.

#include "TempStore.h"

#include "compare/CompareColors.h"
#include "compare/CompareFilterProxy.h"
#include "compare/CompareGrouping.h"
#include "compare/CompareMetricsModel.h"
#include "compare/CompareMetricsPage.h"
#include "compare/CompareRowsModel.h"
#include "compare/CompareRowsPage.h"
#include "compare/CompareTableView.h"
#include "compare/CompareWindow.h"
#include "WidgetTestSupport.h"

#include "runlens/store/MetricDirectionStore.h"

// The C++ client's API (<runlens/client.h> is these headers; widget tests get core's
// include path, not the client's).
#include "runlens/store/Run.h"
#include "runlens/store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <thread>

using namespace runlens;

namespace {

QColor colorOf(const QString& id) { return QColor::fromHsv(int(qHash(id, 3) % 360), 180, 200); }

// Logs a finished run; values are logged at step 1 after a different value at step 0,
// so "last" is not "min" or "max".
void logRun(Store& store, const std::string& name, const std::map<std::string, ParamValue>& params,
            const std::map<std::string, double>& metrics, const std::string& experiment = "exp")
{
    auto run = store.startRun({.experiment = experiment, .name = name, .params = params, .captureEnvironment = false});
    for (const auto& [key, value] : metrics) {
        run.logMetric(key, value * 0.5, 0);
        run.logMetric(key, value, 1);
    }
    run.finish();
    // Distinct start times keep the columns (oldest first) in logging order.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

// a (baseline) and b: b has the better accuracy and the worse loss.
std::vector<RunRecord> twoRuns(Store& store)
{
    logRun(store, "a", {{"lr", 0.1}, {"model", "mlp"}, {"optimizer", "adam"}}, {{"val/acc", 0.80}, {"loss", 0.50}});
    logRun(store, "b", {{"lr", 0.01}, {"model", "mlp"}, {"optimizer", "adam"}}, {{"val/acc", 0.84}, {"loss", 0.60}});
    return store.runs();
}

// The source row of key in a comparison table's model (column 0 holds the key).
int rowOf(const QAbstractItemModel* model, const QString& key, int keyRole)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(keyRole).toString() == key)
            return r;
    return -1;
}

QModelIndex metricCell(const CompareWindow& w, const QString& key, int column)
{
    auto* model = w.metricsPage()->model();
    return model->index(rowOf(model, key, CompareMetricsModel::KeyRole), column + 1);
}

CompareChange changeOf(const QModelIndex& i) { return CompareChange(i.data(CompareMetricsModel::ChangeRole).toInt()); }

QAction* actionWithData(QMenu* menu, int data)
{
    for (QAction* a : menu->actions())
        if (a->isCheckable() && a->data().toInt() == data)
            return a;
    return nullptr;
}

} // namespace

class TestCompareWindow : public QObject {
    Q_OBJECT
private slots:
    void columnsAreRunsOldestFirst();
    void differingParamsAreHighlighted();
    void onlyDifferencesHidesEqualRows();
    void metricCellsAreColouredByDirection();
    void directionMenuRecoloursAndIsStored();
    void readOnlyStoreRefusesDirectionWithAMessage();
    void baselineFromTheHeaderMenu();
    void defaultBaselineSkipsAFailedRun();
    void groupsShowSpreadIntervalAndVerdict();
    void runInfoDiff();
    void curvesTabOnlyWithAFactory();
    void manyRunsStartGroupedByConfig();
    void copyGivesTabSeparatedCells();
    void closesFromTheKeyboard();
};

// A window of its own closes with Ctrl+W, as every window does, and with Esc.
void TestCompareWindow::closesFromTheKeyboard()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto session = sessionOn(store);
    for (const QKeySequence& key : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
        CompareWindow w(session.get(), twoRuns(store), colorOf);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keySequence(&w, key);
        QTRY_VERIFY2(!w.isVisible(), qPrintable(key.toString()));
    }
}

void TestCompareWindow::columnsAreRunsOldestFirst()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto runs = twoRuns(store);
    std::reverse(runs.begin(), runs.end());
    auto session = sessionOn(store);
    CompareWindow w(session.get(), runs, colorOf);
    QCOMPARE(w.comparison().labels(), (std::vector<std::string>{"a", "b"}));
    QCOMPARE(w.baseline(), std::size_t(0));
    auto* model = w.metricsPage()->model();
    QVERIFY(model->headerData(1, Qt::Horizontal).toString().contains(QLatin1String("baseline")));
    QVERIFY(!model->headerData(2, Qt::Horizontal).toString().contains(QLatin1String("baseline")));
    // The header swatch is the run's colour from the app's function.
    auto icon = model->headerData(2, Qt::Horizontal, Qt::DecorationRole).value<QIcon>();
    QImage swatch = icon.pixmap(12, 12).toImage();
    QCOMPARE(QColor(swatch.pixel(6, 6)).rgb(), colorOf(QString::fromStdString(w.columns()[1].runs[0].uuid)).rgb());
}

void TestCompareWindow::differingParamsAreHighlighted()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto session = sessionOn(store);
    CompareWindow w(session.get(), twoRuns(store), colorOf);
    auto* model = w.paramsPage()->model();
    QCOMPARE(model->rowCount(), 3);
    int lr = rowOf(model, "lr", CompareRowsModel::KeyRole);
    int opt = rowOf(model, "optimizer", CompareRowsModel::KeyRole);
    QVERIFY(lr >= 0 && opt >= 0);
    QColor differs = CompareColors::differsBackground(QApplication::palette());
    QCOMPARE(model->index(lr, 0).data(Qt::BackgroundRole).value<QColor>(), differs);
    QCOMPARE(model->index(lr, 2).data(Qt::BackgroundRole).value<QColor>(), differs);
    QVERIFY(!model->index(opt, 1).data(Qt::BackgroundRole).isValid());
    // The candidate's differing value is bold; the baseline's own value is not.
    QVERIFY(model->index(lr, 2).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(lr, 1).data(Qt::FontRole).isValid());
    QCOMPARE(model->index(lr, 2).data().toString(), QStringLiteral("0.01"));
}

void TestCompareWindow::onlyDifferencesHidesEqualRows()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto session = sessionOn(store);
    CompareWindow w(session.get(), twoRuns(store), colorOf);
    CompareRowsPage* page = w.paramsPage();
    QCOMPARE(page->proxy()->rowCount(), 3);
    page->onlyDifferencesBox()->click(); // what the user does
    QVERIFY(page->onlyDifferencesBox()->isChecked());
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("lr"));
    page->onlyDifferencesBox()->click();
    QCOMPARE(page->proxy()->rowCount(), 3);
}

void TestCompareWindow::metricCellsAreColouredByDirection()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto session = sessionOn(store);
    CompareWindow w(session.get(), twoRuns(store), colorOf);
    QPalette pal = QApplication::palette();
    QModelIndex acc = metricCell(w, "val/acc", 1), loss = metricCell(w, "loss", 1);
    QVERIFY(changeOf(acc) == CompareChange::Better);  // higher accuracy: better
    QVERIFY(changeOf(loss) == CompareChange::Worse);  // higher loss: worse
    // One run a side: no test, so a lean (lighter tint), never the verdict's colour.
    QCOMPARE(acc.data(Qt::BackgroundRole).value<QColor>(), CompareColors::leansBetterBackground(pal));
    QCOMPARE(loss.data(Qt::BackgroundRole).value<QColor>(), CompareColors::leansWorseBackground(pal));
    QVERIFY(!metricCell(w, "val/acc", 0).data(Qt::BackgroundRole).isValid()); // the baseline itself
    QCOMPARE(acc.data().toString(), QStringLiteral("0.84")); // NumberFormat: no trailing zeros, as in the runs table
    QCOMPARE(acc.data(CompareMetricsModel::DeltaTextRole).toString(), QStringLiteral("↗ +0.04 (+5.0 %)"));
    QVERIFY(qAbs(loss.data(CompareMetricsModel::DeltaRole).toDouble() - 0.1) < 1e-12);
}

void TestCompareWindow::directionMenuRecoloursAndIsStored()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto runs = twoRuns(store);
    auto session = sessionOn(store);
    CompareWindow w(session.get(), runs, colorOf);
    QSignalSpy changed(&w, &CompareWindow::directionsChanged);
    CompareTableView* table = w.metricsPage()->table();
    auto* proxy = w.metricsPage()->proxy();
    QModelIndex key = proxy->index(rowOf(proxy, "loss", CompareMetricsModel::KeyRole), 0);

    std::unique_ptr<QMenu> menu(table->createContextMenu(key));
    QAction* higher = actionWithData(menu.get(), int(MetricDirection::Max));
    QVERIFY(higher);
    QVERIFY(actionWithData(menu.get(), CompareMetricsPage::AutomaticDirection)->isChecked());
    higher->trigger();

    QCOMPARE(changed.count(), 1);
    QVERIFY(changeOf(metricCell(w, "loss", 1)) == CompareChange::Better);
    QCOMPARE(metricCell(w, "loss", 1).data(Qt::BackgroundRole).value<QColor>(),
             CompareColors::leansBetterBackground(QApplication::palette()));
    QVERIFY(MetricDirectionStore(store).chosen("loss") == MetricDirection::Max);
    // Remembered in the store: a new window (or the report) sees the choice.
    CompareWindow again(session.get(), runs, colorOf);
    QVERIFY(changeOf(metricCell(again, "loss", 1)) == CompareChange::Better);
    QVERIFY(metricCell(again, "loss", 1).data(CompareMetricsModel::DirectionChosenRole).toBool());

    key = proxy->index(rowOf(proxy, "loss", CompareMetricsModel::KeyRole), 0);
    menu.reset(table->createContextMenu(key));
    QVERIFY(actionWithData(menu.get(), int(MetricDirection::Max))->isChecked());
    actionWithData(menu.get(), CompareMetricsPage::AutomaticDirection)->trigger();
    QVERIFY(changeOf(metricCell(w, "loss", 1)) == CompareChange::Worse);
    QVERIFY(!MetricDirectionStore(store).chosen("loss").has_value());
}

void TestCompareWindow::readOnlyStoreRefusesDirectionWithAMessage()
{
    TempStore tmp;
    {
        auto store = Store::open(tmp.path());
        twoRuns(store);
    }
    auto store = Store::open(tmp.path(), Store::Mode::ReadOnly);
    auto session = sessionOn(store);
    CompareWindow w(session.get(), store.runs(), colorOf);
    QSignalSpy errors(&w, &CompareWindow::errorOccurred);
    QVERIFY(!w.setDirection("loss", MetricDirection::Max));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("loss")));
    QVERIFY(changeOf(metricCell(w, "loss", 1)) == CompareChange::Worse); // unchanged
}

void TestCompareWindow::baselineFromTheHeaderMenu()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto session = sessionOn(store);
    CompareWindow w(session.get(), twoRuns(store), colorOf);
    std::unique_ptr<QMenu> menu(w.metricsPage()->table()->createHeaderMenu(2));
    QCOMPARE(menu->actions().size(), 1);
    menu->actions().first()->trigger();
    QCOMPARE(w.baseline(), std::size_t(1));
    QVERIFY(changeOf(metricCell(w, "val/acc", 0)) == CompareChange::Worse); // a against b now
    QVERIFY(w.metricsPage()->model()->headerData(2, Qt::Horizontal).toString().contains(QLatin1String("baseline")));
    // The baseline's own header offers nothing.
    menu.reset(w.metricsPage()->table()->createHeaderMenu(2));
    QVERIFY(!menu->actions().first()->isEnabled());
}

// The oldest run diverged and failed: it is not the default baseline (core's rule, as
// for reports and the CLI), and regrouping applies the rule again.
void TestCompareWindow::defaultBaselineSkipsAFailedRun()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    {
        auto run = store.startRun({.name = "diverged", .params = {{"lr", 200.0}}, .captureEnvironment = false});
        run.logMetric("val/acc", std::numeric_limits<double>::quiet_NaN(), 0);
        run.finish(RunStatus::Failed);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5)); // oldest first
    logRun(store, "good", {{"lr", 0.1}}, {{"val/acc", 0.9}});
    logRun(store, "also", {{"lr", 0.01}}, {{"val/acc", 0.8}});
    auto session = sessionOn(store);
    CompareWindow w(session.get(), store.runs(), colorOf);
    QCOMPARE(w.comparison().labels().front(), std::string("diverged")); // oldest first
    QCOMPARE(w.baseline(), std::size_t(1));
    QVERIFY(std::isfinite(metricCell(w, "val/acc", 2).data(CompareMetricsModel::DeltaRole).toDouble()));
    w.setBaseline(2); // the user's choice stands
    QCOMPARE(w.baseline(), std::size_t(2));
    w.setGrouping({CompareGrouping::Mode::Config, {}});
    QCOMPARE(w.comparison().columns[w.baseline()].runs.front().name, std::string("good"));
}

void TestCompareWindow::groupsShowSpreadIntervalAndVerdict()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    // Config A and config B, three seeds each; B is clearly better.
    const double a[] = {0.80, 0.81, 0.79}, b[] = {0.90, 0.91, 0.89};
    for (int s = 0; s < 3; ++s)
        logRun(store, "A-s" + std::to_string(s), {{"lr", 0.1}, {"seed", s}}, {{"val/acc", a[s]}});
    for (int s = 0; s < 3; ++s)
        logRun(store, "B-s" + std::to_string(s), {{"lr", 0.01}, {"seed", s}}, {{"val/acc", b[s]}});
    auto session = sessionOn(store);
    CompareWindow w(session.get(), store.runs(), colorOf);
    w.setGrouping({CompareGrouping::Mode::Config, {}});
    QCOMPARE(w.columns().size(), std::size_t(2));

    QModelIndex cell = metricCell(w, "val/acc", 1);
    QCOMPARE(cell.data().toString(), QStringLiteral("0.9 ± 0.01"));
    QVERIFY(cell.data(CompareMetricsModel::IntervalTextRole).toString().startsWith(QLatin1String("95 % CI [0.875")));
    QString verdict = cell.data(CompareMetricsModel::VerdictRole).toString();
    QVERIFY2(verdict.contains(QLatin1String("beats")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QLatin1String("3 vs 3 seeds")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QLatin1String("p = ")) || verdict.contains(QLatin1String("p < ")), qPrintable(verdict));
    // The sentence is built by the view (translatable), from core's numbers.
    const auto& row = *w.comparison().metric("val/acc");
    QVERIFY(row.cells[1].verdict->kind == Verdict::Kind::CandidateBetter);
    QVERIFY(w.metricsPage()->verdictText().contains(verdict));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("95 % confidence interval")));
}

void TestCompareWindow::runInfoDiff()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    logRun(store, "a", {}, {{"m", 1}}, "first");
    logRun(store, "b", {}, {{"m", 2}}, "second");
    auto session = sessionOn(store);
    CompareWindow w(session.get(), store.runs(), colorOf);
    auto* model = w.infoPage()->model();
    int experiment = rowOf(model, "experiment", CompareRowsModel::KeyRole);
    int status = rowOf(model, "status", CompareRowsModel::KeyRole);
    QVERIFY(experiment >= 0 && status >= 0);
    QVERIFY(rowOf(model, "git_commit", CompareRowsModel::KeyRole) >= 0);
    QVERIFY(rowOf(model, "duration", CompareRowsModel::KeyRole) >= 0);
    QVERIFY(model->index(experiment, 0).data(CompareRowsModel::DiffersRole).toBool());
    QVERIFY(!model->index(status, 0).data(CompareRowsModel::DiffersRole).toBool());
    QCOMPARE(model->index(experiment, 0).data().toString(), QStringLiteral("Experiment"));
    QCOMPARE(model->index(status, 1).data().toString(), QStringLiteral("finished"));
}

void TestCompareWindow::curvesTabOnlyWithAFactory()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto runs = twoRuns(store);
    {
        auto session = sessionOn(store);
        CompareWindow w(session.get(), runs, colorOf);
        QVERIFY(!w.curvesView());
        for (int i = 0; i < w.tabs()->count(); ++i)
            QVERIFY(!w.tabs()->tabText(i).contains(QLatin1String("urves")));
    }
    std::size_t given = 0;
    auto session = sessionOn(store);
    CompareWindow w(session.get(), runs, colorOf, [&](QWidget* parent, const std::vector<RunRecord>& r) -> QWidget* {
        given = r.size();
        return new QLabel(QStringLiteral("chart"), parent);
    });
    QVERIFY(w.curvesView());
    QCOMPARE(given, std::size_t(2));
    QVERIFY(w.tabs()->indexOf(w.curvesView()) >= 0);
}

void TestCompareWindow::manyRunsStartGroupedByConfig()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    for (int config = 0; config < 7; ++config)
        for (int seed = 0; seed < 2; ++seed) {
            auto run = store.startRun({.params = {{"lr", 0.01 * (config + 1)}, {"seed", seed}},
                                       .captureEnvironment = false});
            run.logMetric("val/acc", 0.5 + 0.01 * config + 0.001 * seed, 0);
            run.finish();
        }
    auto session = sessionOn(store);
    CompareWindow w(session.get(), store.runs(), colorOf);
    QVERIFY(w.grouping().mode == CompareGrouping::Mode::Config);
    QCOMPARE(w.columns().size(), std::size_t(7));
    // The user can still ask for one column per run.
    w.setGrouping({});
    QCOMPARE(w.columns().size(), std::size_t(14));
}

void TestCompareWindow::copyGivesTabSeparatedCells()
{
    TempStore tmp;
    auto store = Store::open(tmp.path());
    auto session = sessionOn(store);
    CompareWindow w(session.get(), twoRuns(store), colorOf);
    CompareTableView* table = w.paramsPage()->table();
    QString text = table->selectionText(true);
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // header + 3 params
    QVERIFY(lines[0].startsWith(QLatin1String("Param\ta (baseline)\tb")));
    QVERIFY(lines.contains(QStringLiteral("lr\t0.1\t0.01")));
    table->selectAll();
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), table->selectionText(false));
}

QTEST_MAIN(TestCompareWindow)
#include "tst_compare_window.moc"
