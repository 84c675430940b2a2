// End to end: the main window on a demo store, driven as a user would, with a
// screenshot of every state worth looking at. Under CTest it runs offscreen into a
// temporary folder; tests/e2e/screenshots.sh runs it under Xvfb (QT_QPA_PLATFORM=xcb)
// on a store made by `runlens demo`, into a folder kept for review.
//   RUNLENS_E2E_STORE       the store to open (default: demo runs generated here)
//   RUNLENS_SCREENSHOT_DIR  where the PNG files go (default: a temporary folder)

#include "common/AppTheme.h"
#include "charts/ChartGrid.h"
#include "window/CurvesPanel.h"
#include "window/MainWindow.h"
#include "charts/MetricChart.h"
#include "runs/QueryBar.h"
#include "runs/RunDetailsPanel.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunSelection.h"
#include "runs/RunTableModel.h"
#include "runs/RunsView.h"
#include "common/StoreSession.h"
#include "TempStore.h"
#include "common/Translation.h"
#include "WidgetTestSupport.h"
#include "runlens/demo/DemoData.h"
#include "runlens/store/Store.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <qcustomplot.h>

using namespace runlens;

class TestE2eScreenshots : public QObject {
    Q_OBJECT
private:
    TempStore m_temp;
    QTemporaryDir m_tempOut;
    QString m_store, m_out;
    StoreSession m_session;
    std::unique_ptr<MainWindow> m_window;

    QStringList runsNamed(const QString& prefix) const
    {
        QStringList out;
        for (const auto& r : m_window->runModel()->runs())
            if (QString::fromStdString(r.name).startsWith(prefix))
                out << QString::fromStdString(r.uuid);
        return out;
    }

    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(60);
        }
        for (auto* chart : m_window->curvesPanel()->grid()->charts())
            if (chart->isVisible() && !chart->visibleRegion().isEmpty())
                chart->ensureRendered();
        QCoreApplication::processEvents();
    }

    // The window; on a real X server the whole screen, so tooltips and popups show too.
    void shoot(const QString& name, QWidget* widget = nullptr)
    {
        settle();
        QString path = m_out + "/" + name + ".png";
        QPixmap shot;
        if (!widget && QGuiApplication::platformName() == QLatin1String("xcb"))
            shot = m_window->screen()->grabWindow(0);
        else
            shot = (widget ? widget : m_window.get())->grab();
        QVERIFY(shot.save(path));
        QVERIFY(QImage(path).width() > 100);
        qInfo("screenshot %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        useTemporarySettings();
        Translation::install("en");
        m_out = qEnvironmentVariable("RUNLENS_SCREENSHOT_DIR", m_tempOut.path());
        QDir().mkpath(m_out);
        m_store = qEnvironmentVariable("RUNLENS_E2E_STORE");
        if (m_store.isEmpty()) {
            Store store = Store::open(m_temp.path());
            DemoData::generate(store);
            m_store = QString::fromStdString(m_temp.path());
        }
        QVERIFY(m_session.open(m_store));
        m_window = std::make_unique<MainWindow>(&m_session);
        m_window->resize(1600, 1000);
        m_window->move(0, 0);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->runModel()->rowCount() >= 20);
    }

    void seedsOfOneConfig()
    {
        QStringList seeds = runsNamed("mlp-lr0.1-");
        QCOMPARE(seeds.size(), 3);
        m_window->runsView()->selectRuns(seeds);
        QCOMPARE(m_window->runSelection()->uuids().size(), 3);
        QVERIFY(m_window->curvesPanel()->shownKeys().contains("val/acc"));
        shoot("01-seeds-selected");
    }

    void hoverCrosshair()
    {
        MetricChart* chart = m_window->curvesPanel()->grid()->chart("train/loss");
        QVERIFY(chart);
        chart->ensureRendered();
        QRect r = chart->plot()->axisRect()->rect();
        QPoint at(r.left() + r.width() * 2 / 3, r.center().y());
        QTest::mouseMove(chart->plot(), at);
        QMouseEvent move(QEvent::MouseMove, at, chart->plot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(chart->plot(), &move);
        QVERIFY(!chart->hoverHtml(chart->plot()->xAxis->pixelToCoord(at.x())).isEmpty());
        shoot("02-hover");
        shoot("02-hover-chart", chart);
    }

    void groupedWithBands()
    {
        ChartOptions o = m_window->curvesPanel()->options();
        o.groupBy = "param:lr";
        o.band = ChartOptions::Band::StdDev;
        o.emaWeight = 0.6;
        m_window->curvesPanel()->setOptions(o);
        QStringList runs = runsNamed("mlp-lr");
        m_window->runsView()->selectRuns(runs);
        QCOMPARE(m_window->runSelection()->uuids().size(), 9);
        shoot("03-grouped-by-lr");
        o.groupBy.clear();
        m_window->curvesPanel()->setOptions(o);
    }

    void divergingRunOnLogScale()
    {
        ChartOptions o = m_window->curvesPanel()->options();
        o.logY = true;
        o.emaWeight = 0.9;
        o.showRaw = true;
        m_window->curvesPanel()->setOptions(o);
        QStringList runs = runsNamed("softmax-lr");
        m_window->runsView()->selectRuns(runs);
        shoot("04-softmax-log-y-smoothed");
        o.logY = false;
        o.emaWeight = 0.6;
        m_window->curvesPanel()->setOptions(o);
    }

    void timeAxesAndMovingAverage()
    {
        m_window->runsView()->selectRuns(runsNamed("mlp-lr0.01-"));
        ChartOptions o = m_window->curvesPanel()->options();
        o.xAxis = ChartOptions::XAxis::RelativeTime;
        o.smoothing = ChartOptions::Smoothing::MovingAverage;
        o.movingAverageWindow = 51;
        m_window->curvesPanel()->setOptions(o);
        shoot("05a-time-since-start-moving-average");
        o.xAxis = ChartOptions::XAxis::WallTime;
        m_window->curvesPanel()->setOptions(o);
        shoot("05b-wall-time");
        o.xAxis = ChartOptions::XAxis::Step;
        o.smoothing = ChartOptions::Smoothing::Ema;
        m_window->curvesPanel()->setOptions(o);
    }

    void queryWithError()
    {
        QueryBar* bar = m_window->runsView()->queryBar();
        bar->lineEdit()->setText("params.lr < 0.2 and metrics.`val/acc` > 0.9 and param.model = mlp");
        QVERIFY(bar->hasError());
        shoot("05-query-error");
        bar->setText("params.lr < 0.2 and metrics.`val/acc` > 0.85");
        QVERIFY(!bar->hasError());
        QVERIFY(m_window->runsView()->proxy()->rowCount() > 0);
        shoot("06-query-applied");
        bar->setText("");
    }

    void pipelineDetails()
    {
        QStringList parent = runsNamed("nightly-training");
        QCOMPARE(parent.size(), 1);
        m_window->runsView()->selectRuns(parent);
        QVERIFY(m_window->detailsPanel()->overview()->toPlainText().contains("ingest"));
        shoot("07-pipeline-details");
        m_window->runsView()->selectRuns(runsNamed("softmax-lr200"));
        m_window->detailsPanel()->tabs()->setCurrentIndex(3);
        shoot("08-failed-run-metrics");
        m_window->detailsPanel()->tabs()->setCurrentIndex(0);
    }

    void darkTheme()
    {
        AppTheme::apply(AppTheme::Mode::Dark);
        m_window->runsView()->selectRuns(runsNamed("mlp-lr0.5-"));
        shoot("09-dark");
        AppTheme::apply(AppTheme::Mode::Light);
        shoot("10-light");
        AppTheme::apply(AppTheme::Mode::System);
    }

    void german()
    {
        QCOMPARE(Translation::install("de"), QString("de"));
        StoreSession session;
        QVERIFY(session.open(m_store));
        auto german = std::make_unique<MainWindow>(&session);
        std::swap(german, m_window);
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->runsView()->selectRuns(runsNamed("mlp-lr0.01-"));
        shoot("11-german");
        std::swap(german, m_window);
        german.reset();
        Translation::install("en");
    }

    void emptyStore()
    {
        TempStore empty;
        StoreSession session;
        QVERIFY(session.open(QString::fromStdString(empty.path())));
        MainWindow w(&session);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.runsView()->state() == RunsView::State::NoRuns, true);
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(m_out + "/12-empty-store.png"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestE2eScreenshots)
#include "tst_e2e_screenshots.moc"
