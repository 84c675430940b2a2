// Screenshots of every comparison view on the demo store, for a person to look at
// (issue 4). Not a check of pixels: it fails only when a view cannot be built or drawn.
// Runs when RUNLENS_SHOTS_DIR is set (e.g. /tmp/compare-shots); the demo store is
// RUNLENS_DEMO_STORE, filled with core's DemoData when the file does not exist yet.
// Under Xvfb:
//   RUNLENS_SHOTS_DIR=/tmp/compare-shots RUNLENS_DEMO_STORE=/tmp/x.db \
//   xvfb-run -a -s "-screen 0 1600x1000x24" ./widgets_tst_compare_shots

#include "compare/CompareGrouping.h"
#include "compare/CompareMetricsPage.h"
#include "compare/CompareRowsPage.h"
#include "compare/CompareWindow.h"
#include "WidgetTestSupport.h"
#include "compare/CompareFilterProxy.h"
#include "compare/CompareTableView.h"
#include "compare/ImportanceChart.h"
#include "compare/ImportanceView.h"
#include "compare/ParallelCoordinatesPlot.h"
#include "compare/ParallelCoordinatesView.h"
#include "compare/ScatterView.h"
#include "compare/SliceBarChart.h"
#include "compare/SliceHeatmap.h"
#include "compare/SliceView.h"

#include "runlens/demo/DemoData.h"
#include "runlens/store/Store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QTabWidget>
#include <QTest>

#include <optional>

using namespace runlens;

namespace {

// Stands in for the app's RunColors: tab10 and ten more, one per run in the order asked.
QColor colorOf(const QString& id)
{
    static const QColor palette[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                     QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf),
                                     QColor(0xbcbd22), QColor(0x0099c6), QColor(0xdd4477), QColor(0x66aa00),
                                     QColor(0xb82e2e), QColor(0x316395), QColor(0x994499), QColor(0x22aa99),
                                     QColor(0xaaaa11), QColor(0x6633cc), QColor(0xe67300), QColor(0x5574a6)};
    static QHash<QString, int> assigned;
    auto it = assigned.find(id);
    if (it == assigned.end())
        it = assigned.insert(id, int(assigned.size()));
    return palette[*it % 20];
}

} // namespace

class TestCompareShots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void shots();

private:
    void save(QWidget* w, const QString& name);
    QString m_dir;
    std::optional<Store> m_store;
};

void TestCompareShots::initTestCase()
{
    m_dir = qEnvironmentVariable("RUNLENS_SHOTS_DIR");
    if (m_dir.isEmpty())
        QSKIP("RUNLENS_SHOTS_DIR is not set: screenshots are taken on request only");
    QString path = qEnvironmentVariable("RUNLENS_DEMO_STORE", m_dir + QStringLiteral("/demo.db"));
    QDir().mkpath(m_dir);
    bool fresh = !QFileInfo::exists(path);
    m_store = Store::open(path.toStdString());
    if (fresh)
        DemoData::generate(*m_store);
}

void TestCompareShots::save(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    QVERIFY(w->grab().save(m_dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestCompareShots::shots()
{
    auto all = m_store->runs({.experiment = "demo-classifier"});
    QVERIFY(all.size() >= 6);
    std::vector<RunRecord> three;
    for (const auto& run : all)
        if (run.name == "softmax-lr0.1-s1" || run.name == "mlp-lr0.1-s1" || run.name == "mlp-lr0.5-s1")
            three.push_back(run);

    auto session = sessionOn(*m_store);
    CompareWindow w(session.get(), three, colorOf);
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    save(&w, QStringLiteral("01-metrics-runs"));
    w.tabs()->setCurrentWidget(w.paramsPage());
    save(&w, QStringLiteral("02-params"));
    w.paramsPage()->setOnlyDifferences(true);
    save(&w, QStringLiteral("03-params-only-differences"));
    w.tabs()->setCurrentWidget(w.infoPage());
    save(&w, QStringLiteral("04-run-info"));
    w.tabs()->setCurrentWidget(w.sliceView());
    save(&w, QStringLiteral("05-slices-bars"));
    w.sliceView()->chartTabs()->setCurrentIndex(1);
    save(&w, QStringLiteral("06-slices-heatmap"));
    w.sliceView()->chartTabs()->setCurrentIndex(2);
    save(&w, QStringLiteral("07-slices-curves"));

    CompareWindow g(session.get(), all, colorOf);
    g.resize(1500, 900);
    g.setGrouping({CompareGrouping::Mode::Config, {}});
    g.show();
    QVERIFY(QTest::qWaitForWindowExposed(&g));
    g.setBaseline(1);
    for (int r = 0; r < g.metricsPage()->proxy()->rowCount(); ++r) {
        QModelIndex i = g.metricsPage()->proxy()->index(r, 0);
        if (i.data().toString() == QLatin1String("val/acc"))
            g.metricsPage()->table()->setCurrentIndex(i);
    }
    save(&g, QStringLiteral("08-metrics-groups"));
    g.tabs()->setCurrentWidget(g.sliceView());
    g.sliceView()->chartTabs()->setCurrentIndex(1);
    save(&g, QStringLiteral("09-slices-groups-heatmap"));
    g.tabs()->setCurrentWidget(g.parallelView());
    save(&g, QStringLiteral("10-parallel"));
    auto* plot = g.parallelView()->plot();
    plot->setBrushValues(plot->data().axes.size() - 1, 0.866, 0.9);
    save(&g, QStringLiteral("11-parallel-brushed"));
    g.tabs()->setCurrentWidget(g.scatterView());
    g.scatterView()->setAxes(ScatterAxis::param("lr"), ScatterAxis::metric("val/acc"));
    save(&g, QStringLiteral("12-scatter-numeric"));
    g.scatterView()->setAxes(ScatterAxis::param("model"), ScatterAxis::metric("val/acc"));
    save(&g, QStringLiteral("13-scatter-categorical"));
    g.tabs()->setCurrentWidget(g.importanceView());
    save(&g, QStringLiteral("14-importance"));

    // The report's path: the same charts drawn through render() into an image.
    QImage image(1200, 1400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        g.sliceView()->barChart()->render(p, QRectF(0, 0, 1200, 450));
        g.sliceView()->heatmap()->render(p, QRectF(0, 460, 1200, 450));
        g.importanceView()->chart()->render(p, QRectF(0, 920, 600, 470));
        plot->render(p, QRectF(600, 920, 600, 470));
    }
    QVERIFY(image.save(m_dir + QStringLiteral("/15-rendered-for-report.png")));
}

QTEST_MAIN(TestCompareShots)
#include "tst_compare_shots.moc"
