// Report speed: a 100-run report (runs table, params, metrics with deltas, 12 learning-
// curve charts of 100 runs × 1000 points, per-slice charts and tables, notes) written as
// PDF and as HTML, against a baseline measured in the same run: QPdfWriter writing the
// same number of pages of plain text lines, i.e. what the PDF costs without charts,
// tables or layout. Medians of several runs. Run offscreen (QT_QPA_PLATFORM=offscreen).
#include "BenchTimer.h"

#include "report/ReportBuilder.h"
#include "report/ReportExporter.h"
#include "common/StoreSession.h"

#include <runlens/client.h>

#include <QApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace runlens;

namespace {

constexpr int kRuns = 100;
constexpr int kPoints = 1000;
constexpr int kRepeats = 5;

void fill(const std::string& path)
{
    Store store = Store::open(path);
    for (int i = 0; i < kRuns; ++i) {
        RunOptions o;
        o.experiment = "bench";
        o.name = "run-" + std::to_string(i);
        o.captureEnvironment = false;
        o.params = {{"lr", 0.001 * (1 + i % 5)}, {"batch", 32 << (i % 3)}, {"model", i % 2 ? "mlp" : "cnn"},
                    {"seed", i % 4}, {"dropout", 0.1 * (i % 3)}};
        if (i % 10 == 0)
            o.notes = "## Notes\n\nThe **warm-up** was longer in this run.\n\n- lr schedule: cosine\n- data: v3\n";
        auto run = store.startRun(o);
        for (int s = 0; s < kPoints; ++s) {
            run.logMetric("train/loss", 2.0 * std::exp(-s / (200.0 + i)) + 0.05 * std::sin(s * 0.3), s);
            if (s % 10 == 0) {
                run.logMetric("val/acc", 0.9 - 0.4 * std::exp(-s / 300.0) + i * 1e-4, s);
                run.logMetric("lr", 0.001 * (1 + i % 5) * (1 - double(s) / kPoints), s);
            }
        }
        for (int c = 0; c < 4; ++c)
            run.logMetric("val/acc", 0.8 + 0.03 * c - i * 1e-4, kPoints, "class=" + std::to_string(c));
        run.finish();
    }
}

// The baseline: QPdfWriter and drawText only, as many pages of as many lines.
void plainPdf(const QString& path, int pages)
{
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    QPainter p(&pdf);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(11);
    p.setFont(f);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        for (int line = 0; line < 60; ++line)
            p.drawText(QPointF(64, 80 + line * 16),
                       QStringLiteral("run-%1  %2  lr=0.00%3  val/acc 0.8%4  finished  2026-01-01 12:00")
                           .arg(line)
                           .arg(page)
                           .arg(line % 5)
                           .arg(line));
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const std::string store = dir.filePath(QStringLiteral("bench.db")).toStdString();
    fill(store);
    StoreSession session;
    if (!session.open(QString::fromStdString(store))) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(session.lastError()));
        return 1;
    }
    ReportInput input;
    input.runs = session.runs({});
    input.storePath = session.path();
    ReportOptions options; // the default sections: everything but diagram and artifacts

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    int pages = 0;
    double build = medianSeconds(kRepeats, [&] { ReportBuilder(&session).build(input, options); });
    double pdfTime = medianSeconds(kRepeats, [&] { pages = ReportExporter::exportReport(&session, input, options, pdf).pages; });
    double htmlTime = medianSeconds(kRepeats, [&] { ReportExporter::exportReport(&session, input, options, html); });
    double plainTime = medianSeconds(kRepeats, [&] { plainPdf(plain, pages); });

    std::printf("report of %d runs (%d points each in train/loss), default sections, A4\n", kRuns, kPoints);
    std::printf("  build the report model         %8.1f ms\n", build * 1e3);
    std::printf("  PDF  (%3d pages, %6.0f KiB)     %8.1f ms\n", pages, QFileInfo(pdf).size() / 1024.0, pdfTime * 1e3);
    std::printf("  HTML (%6.0f KiB)               %8.1f ms\n", QFileInfo(html).size() / 1024.0, htmlTime * 1e3);
    std::printf("  baseline: %3d pages of plain text with QPdfWriter  %8.1f ms\n", pages, plainTime * 1e3);
    std::printf("  ratio PDF report / plain pages  %6.1fx\n", pdfTime / plainTime);
    std::printf("  ratio HTML report / plain pages %6.1fx\n", htmlTime / plainTime);
    return 0;
}
