#pragma once
// Shared by the report tests: a store with runs that have something to show (params,
// curves, slices, notes, a run without metrics, a very long name), and the poppler
// tools that read the PDFs back.

#include "TempStore.h"
#include "WidgetTestSupport.h"

#include "report/ReportExporter.h"
#include "common/StoreSession.h"

#include "runlens/store/Run.h"
#include "runlens/store/Store.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <string>
#include <vector>

namespace reporttest {

// Parameter and metric values a test looks for in the written text.
inline const char* kOptimizer = "adamw-nesterov";
inline const std::string kLongName = std::string("an-extremely-long-run-name-without-any-spaces-")
    + std::string(120, 'x') + "-end";

// Logs n runs named "alpha-000", "alpha-001", …: val/acc ends at 0.8 + i/1000, a
// train/loss curve of 50 steps, two slices of val/acc, markdown notes on the first.
inline std::vector<std::string> logRuns(runlens::Store& store, int n, bool extras = true)
{
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "alpha-%03d", i);
        runlens::RunOptions o;
        o.experiment = "reports";
        o.name = name;
        o.captureEnvironment = false;
        static const double lrs[] = {0.0123, 0.0246, 0.0369, 0.0492, 0.0615, 0.0738};
        o.params = {{"lr", lrs[i % 6]}, {"optimizer", std::string(kOptimizer)}, {"seed", i % 3}};
        if (i == 0)
            o.notes = "## Findings\n\nThe **warm-up** helped. See `config.yaml`.\n\n- first point\n- second point\n";
        auto run = store.startRun(o);
        for (int step = 0; step < 50; ++step)
            run.logMetric("train/loss", 2.0 * std::exp(-step / (10.0 + i)) + 0.1, step);
        run.logMetric("val/acc", 0.7, 0);
        run.logMetric("val/acc", 0.8 + i / 1000.0, 1);
        run.logMetric("val/acc", 0.6 + i / 1000.0, 1, "class=0");
        run.logMetric("val/acc", 0.9 - i / 1000.0, 1, "class=1");
        run.finish();
        ids.push_back(run.id());
    }
    if (extras) {
        runlens::RunOptions silent;
        silent.experiment = "reports";
        silent.name = "silent-run";
        silent.captureEnvironment = false;
        auto a = store.startRun(silent);
        a.finish();
        ids.push_back(a.id());
        runlens::RunOptions longOne = silent;
        longOne.name = kLongName;
        auto b = store.startRun(longOne);
        b.logMetric("val/acc", 0.5, 0);
        b.finish();
        ids.push_back(b.id());
    }
    return ids;
}

inline bool havePoppler()
{
    for (const char* tool : {"pdftotext", "pdfinfo", "pdfimages", "pdftoppm"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return false;
    return true;
}

#define REQUIRE_POPPLER()                                                                          \
    do {                                                                                           \
        if (!reporttest::havePoppler())                                                            \
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm) is not installed");   \
    } while (0)

inline QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return tool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

inline int pdfPages(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// The export with the default options and no baseline, for tests that only need a file.
inline runlens::ReportExporter::Result exportRuns(runlens::StoreSession& session, const QString& path,
                                                  runlens::ReportOptions options = {}, std::string baseline = {})
{
    runlens::ReportInput input;
    input.runs = session.runs({.experiment = "reports"});
    input.baselineId = std::move(baseline);
    input.query = QStringLiteral("experiment = \"reports\"");
    input.storePath = session.path();
    return runlens::ReportExporter::exportReport(&session, input, options, path);
}

} // namespace reporttest
