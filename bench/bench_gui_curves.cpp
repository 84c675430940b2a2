// Learning curves with a million points: the time to redraw a chart (what every zoom or
// pan frame costs) with SeriesLod sending a few points per pixel column, against
// QCustomPlot drawing all the points (and its own adaptive sampling) in the same run;
// then the resident memory with 100 runs × 1 M points overlaid in one chart.
//   bench_gui_curves [--redraw-only | --memory-only]
// The memory part is best run alone (--memory-only), so the figure is that of an app
// that drew nothing before.
#include "BenchTimer.h"

#include "charts/ChartGrid.h"
#include "charts/CurveCache.h"
#include "window/CurvesPanel.h"
#include "charts/MetricChart.h"
#include "runs/RunTableModel.h"
#include "common/StoreSession.h"
#include "runlens/store/Store.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

using namespace runlens;

namespace {

constexpr long kPoints = 1'000'000;
constexpr int kFrames = 31;

double residentMB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// A noisy learning curve: what makes a million points hard to draw honestly.
double value(long i, std::mt19937& rng)
{
    std::normal_distribution<double> noise(0, 0.05);
    return 2.0 / (1.0 + double(i) * 1e-4) + noise(rng);
}

void writeRuns(const std::string& path, int runs, long points)
{
    Store store = Store::open(path);
    std::mt19937 rng(3);
    for (int r = 0; r < runs; ++r) {
        auto run = store.startRun({.experiment = "bench", .name = "run" + std::to_string(r), .captureEnvironment = false});
        for (long i = 0; i < points; ++i)
            run.logMetric("loss", value(i, rng), i);
        run.finish();
    }
}

// Median milliseconds of a replot after move() changed the view.
double frameMs(QCustomPlot* plot, const std::function<void(int)>& move)
{
    std::vector<double> t;
    for (int i = 0; i < kFrames; ++i) {
        move(i);
        auto start = std::chrono::steady_clock::now();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void panBackAndForth(QCPAxis* axis, int i) { axis->moveRange((i % 2 ? 1 : -1) * axis->range().size() * 0.01); }

void redraw(const QString& dir)
{
    std::string path = (dir + "/one.db").toStdString();
    writeRuns(path, 1, kPoints);
    StoreSession session;
    session.open(QString::fromStdString(path));
    RunTableModel model;
    model.setRuns(session.runs());
    CurvesPanel panel(&session, &model);
    ChartOptions o;
    o.emaWeight = 0;
    panel.setOptions(o);
    panel.resize(1400, 800);
    panel.show();
    panel.setSelection({QString::fromStdString(model.runs().front().uuid)});
    QCoreApplication::processEvents();
    MetricChart* chart = panel.grid()->chart(QStringLiteral("loss"));
    chart->ensureRendered();
    QCustomPlot* plot = chart->plot();
    int width = plot->axisRect()->width();
    double lodFull = frameMs(plot, [&](int) { chart->resetView(); });
    int drawnFull = chart->drawnPoints();
    chart->zoomX(0.5);
    double lodPan = frameMs(plot, [&](int i) { panBackAndForth(plot->xAxis, i); });
    int drawnPan = chart->drawnPoints();
    o.emaWeight = 0.9;
    panel.setOptions(o);
    chart->ensureRendered(); // smoothing computed once, not per frame
    double lodSmooth = frameMs(plot, [&](int i) { panBackAndForth(plot->xAxis, i); });

    // Baseline: the same chart size, every point handed to QCustomPlot.
    QCustomPlot all;
    all.resize(plot->size());
    all.show();
    QVector<double> keys(kPoints), values(kPoints);
    std::mt19937 rng(3);
    for (long i = 0; i < kPoints; ++i) {
        keys[i] = double(i);
        values[i] = value(i, rng);
    }
    QCPGraph* g = all.addGraph();
    double setData = medianSeconds(3, [&] { g->setData(keys, values, true); }) * 1e3;
    all.rescaleAxes();
    g->setAdaptiveSampling(false);
    double allPoints = frameMs(&all, [&](int i) { panBackAndForth(all.xAxis, i); });
    g->setAdaptiveSampling(true);
    double qcpSampling = frameMs(&all, [&](int i) { panBackAndForth(all.xAxis, i); });

    std::printf("chart %d px wide, 1 curve of %ld points (target: <= 16 ms per frame)\n", width, kPoints);
    std::printf("  SeriesLod, whole range:  %7.2f ms/frame, %d points drawn\n", lodFull, drawnFull);
    std::printf("  SeriesLod, panning half: %7.2f ms/frame, %d points drawn\n", lodPan, drawnPan);
    std::printf("  SeriesLod, EMA 0.9 + raw:%7.2f ms/frame\n", lodSmooth);
    std::printf("  baseline: QCustomPlot, all points:          %8.2f ms/frame  (ratio LOD/all %.3f)\n", allPoints,
                lodPan / allPoints);
    std::printf("  reference: QCustomPlot's adaptive sampling: %8.2f ms/frame, after setData %.1f ms\n", qcpSampling,
                setData);
}

void memory(const QString& dir, int runs)
{
    std::string path = (dir + "/many.db").toStdString();
    auto start = std::chrono::steady_clock::now();
    writeRuns(path, runs, kPoints);
    double written = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double before = residentMB();
    StoreSession session;
    session.open(QString::fromStdString(path));
    RunTableModel model;
    model.setRuns(session.runs());
    QStringList all;
    for (const auto& r : model.runs())
        all << QString::fromStdString(r.uuid);
    CurvesPanel panel(&session, &model);
    ChartOptions o;
    o.emaWeight = 0;
    panel.setOptions(o);
    panel.resize(1400, 800);
    panel.show();
    auto loadStart = std::chrono::steady_clock::now();
    panel.setSelection(all);
    QCoreApplication::processEvents();
    MetricChart* chart = panel.grid()->chart(QStringLiteral("loss"));
    chart->ensureRendered(); // reads every curve (if the first paint did not already)
    double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count();
    double after = residentMB();
    double frame = frameMs(chart->plot(), [&](int i) {
        if (i == 0)
            chart->zoomX(0.5);
        panBackAndForth(chart->plot()->xAxis, i);
    });
    double drawOnly = frameMs(chart->plot(), [](int) {}); // same view: QCustomPlot drawing alone
    double plain = double(runs) * kPoints * 16 / 1048576.0;
    std::printf("%d runs × %ld points in one chart (store written in %.0f s, read in %.1f s)\n", runs, kPoints,
                written, load);
    std::printf("  resident: %.0f MB (%.0f MB before the curves; curve cache %.0f MB)  target <= 500 MB\n", after,
                before, double(panel.cache()->memoryBytes()) / 1048576.0);
    std::printf("  baseline: the points as plain int64 steps + double values: %.0f MB  (ratio %.2f)\n", plain,
                (after - before) / plain);
    std::printf("  frame with all %d curves, panning: %.1f ms (of which drawing %.1f ms), %d points drawn\n", runs, frame,
                drawOnly, chart->drawnPoints());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName(QStringLiteral("RunlensBench"));
    QTemporaryDir dir;
    const char* mode = argc > 1 ? argv[1] : "";
    if (std::strcmp(mode, "--memory-only") != 0)
        redraw(dir.path());
    if (std::strcmp(mode, "--redraw-only") != 0)
        memory(dir.path(), 100);
    return 0;
}
