// The runs browser on a store of 10 000 runs: time from opening the store to the first
// painted runs table, and the time to filter and to sort the table — against the core
// reading the same runs (Store::runs) and evaluating the same query on the records,
// measured in the same run. Offscreen (QT_QPA_PLATFORM=offscreen is set if unset).
#include "BenchTimer.h"

#include "store/Database.h"
#include "window/MainWindow.h"
#include "store/PointBatch.h"
#include "runs/QueryBar.h"
#include "runs/RunFilterProxy.h"
#include "runs/RunTableModel.h"
#include "store/RunWriter.h"
#include "runs/RunsView.h"
#include "store/SeriesAppender.h"
#include "common/StoreSession.h"
#include "runlens/query/Query.h"
#include "runlens/store/Store.h"
#include "runlens/model/Uuid.h"

#include <QApplication>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <filesystem>
#include <random>

using namespace runlens;

namespace {

constexpr int kRuns = 10000;
constexpr int kRepeats = 5;

// 10 000 finished runs in 20 experiments with 8 params, 3 tags and 5 metric series
// each, written in one transaction through the core's writers.
void fillStore(const std::string& path)
{
    Store store = Store::open(path);
    Database& db = store.database();
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> u(0, 1);
    const char* teams[] = {"vision", "nlp", "speech", "rl"};
    db.write([&] {
        RunWriter writer(db);
        SeriesAppender appender(db);
        for (int i = 0; i < kRuns; ++i) {
            RunWriter::NewRun r;
            r.uuid = Uuid::generate();
            r.name = "run-" + std::to_string(i);
            r.experiment = "exp-" + std::to_string(i % 20);
            r.status = i % 50 == 0 ? "failed" : "finished";
            r.startTime = 1.7e9 + i * 60.0;
            r.endTime = r.startTime + 50 + 10 * u(rng);
            std::int64_t id = writer.createRun(r);
            writer.setParam(id, "lr", std::pow(10.0, -4 + 4 * u(rng)));
            writer.setParam(id, "batch_size", std::int64_t(16 << (i % 5)));
            writer.setParam(id, "epochs", std::int64_t(10 + i % 30));
            writer.setParam(id, "optimizer", i % 2 ? "adam" : "sgd");
            writer.setParam(id, "dropout", 0.1 * (i % 5));
            writer.setParam(id, "seed", std::int64_t(i % 7));
            writer.setParam(id, "layers", std::int64_t(2 + i % 6));
            writer.setParam(id, "warmup", i % 3 ? "true" : "false");
            writer.setTag(id, "team", teams[i % 4]);
            writer.setTag(id, "owner", "user" + std::to_string(i % 13));
            writer.setTag(id, "dataset", "ds" + std::to_string(i % 5));
            for (const char* key : {"train/loss", "val/loss", "val/acc", "train/lr", "epoch_time"}) {
                PointBatch b;
                b.key = key;
                for (int s = 0; s < 20; ++s) {
                    b.steps.push_back(s);
                    b.values.push_back(u(rng));
                    b.times.push_back(r.startTime + s);
                }
                appender.append(id, b);
            }
        }
    });
}

// Median seconds of fn, with setup run untimed before each repetition.
double medianAfter(int repeats, const std::function<void()>& setup, const std::function<void()>& fn)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        setup();
        t.push_back(medianSeconds(1, fn));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void report(const char* what, double seconds, const char* baselineName, double baseline, const char* target)
{
    std::printf("%-44s %9.1f ms   %-28s %8.1f ms   ratio %5.2f   target %s\n", what, seconds * 1e3, baselineName,
                baseline * 1e3, seconds / baseline, target);
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
    std::string path = (dir.path() + "/runs.db").toStdString();
    auto filled = std::chrono::steady_clock::now();
    fillStore(path);
    std::printf("store of %d runs written in %.1f s (%.0f MB)\n", kRuns,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - filled).count(),
                double(std::filesystem::file_size(path)) / 1e6);

    // Baseline: the core reading every run with params, tags and summaries.
    double coreRead = medianSeconds(kRepeats, [&] {
        Store s = Store::open(path, Store::Mode::ReadOnly);
        auto runs = s.runs({.includeArchived = true});
        if (runs.size() != kRuns)
            std::abort();
    });
    // Store opened, window built, table painted for the first time.
    double firstPaint = medianSeconds(kRepeats, [&] {
        StoreSession session;
        session.open(QString::fromStdString(path));
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QTableView* table = window.runTable();
        table->viewport()->repaint(); // the first paint of the table itself, with its rows
        QCoreApplication::processEvents();
        if (window.runModel()->rowCount() != kRuns)
            std::abort();
    });
    report("open store → first painted runs table", firstPaint, "core reads the runs", coreRead, "<= 500 ms");

    StoreSession session;
    session.open(QString::fromStdString(path));
    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    RunFilterProxy* proxy = window.runsView()->proxy();
    const auto& records = window.runModel()->runs();
    const char* queries[] = {"params.lr < 0.01 and tags.team = nlp", "metrics.`val/acc` > 0.5 or name ~ '^run-9'"};
    for (const char* text : queries) {
        Query q = Query::parse(text);
        int matched = 0;
        double core = medianSeconds(kRepeats * 4, [&] {
            matched = 0;
            for (const auto& r : records)
                matched += q.matches(r) ? 1 : 0;
        });
        double filter = medianAfter(kRepeats * 4, [&] { proxy->setQuery(Query()); }, [&] { proxy->setQuery(q); });
        char what[128];
        std::snprintf(what, sizeof what, "filter: %s (%d rows)", text, proxy->rowCount());
        report(what, filter, "core Query::matches loop", core, "<= 20 ms");
    }
    proxy->setQuery(Query());
    double sortNumber = medianSeconds(kRepeats, [&] {
        proxy->sort(6, Qt::AscendingOrder);
        proxy->sort(6, Qt::DescendingOrder);
    });
    double sortName = medianSeconds(kRepeats, [&] {
        proxy->sort(1, Qt::AscendingOrder);
        proxy->sort(1, Qt::DescendingOrder);
    });
    std::vector<double> values;
    for (const auto& r : records)
        values.push_back(r.startTime);
    double plainSort = medianSeconds(kRepeats, [&] {
        auto v = values;
        std::stable_sort(v.begin(), v.end());
    });
    report("sort 10 000 rows by a param column", sortNumber / 2, "std::stable_sort of doubles", plainSort, "-");
    report("sort 10 000 rows by name (natural order)", sortName / 2, "std::stable_sort of doubles", plainSort, "-");
    std::string needle = "run-99";
    double coreText = medianSeconds(kRepeats * 4, [&] {
        int n = 0;
        for (const auto& r : records)
            n += r.name.find(needle) != std::string::npos ? 1 : 0;
        if (n < 0)
            std::abort();
    });
    double text = medianAfter(kRepeats * 4, [&] { proxy->setText(QString()); },
                              [&] { proxy->setText(QStringLiteral("run-99")); });
    report("text filter 'run-99'", text, "std::string::find on names", coreText, "<= 20 ms");
    return 0;
}
