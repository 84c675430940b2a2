#include "runlens/demo/DemoData.h"

#include "demo/DemoClassifier.h"
#include "demo/SyntheticDataset.h"
#include "runlens/store/Store.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace runlens {

namespace {

constexpr int kEpochs = 40;
constexpr int kBatch = 64;
constexpr int kWarmupSteps = 500;

struct Config {
    std::string model; // "softmax" or "mlp"
    double lr;
    unsigned seed;
};

// Accuracy over the samples that pass a filter; NaN when none do.
template <typename Pred>
double accuracy(const Eigen::VectorXi& predicted, const SyntheticDataset& data, Pred keep)
{
    int hit = 0, n = 0;
    for (int i = 0; i < data.size(); ++i) {
        if (!keep(i))
            continue;
        ++n;
        hit += predicted(i) == data.y(i);
    }
    return n ? double(hit) / n : std::nan("");
}

void logEvaluation(Run& run, const DemoClassifier& model, const SyntheticDataset& val, int epoch, long long& points)
{
    Eigen::VectorXi pred = model.predict(val.x);
    run.logMetric("val/loss", model.loss(val), epoch);
    run.logMetric("val/acc", accuracy(pred, val, [](int) { return true; }), epoch);
    points += 2;
    for (int c = 0; c < val.classes; ++c) {
        run.logMetric("val/acc", accuracy(pred, val, [&](int i) { return val.y(i) == c; }), epoch,
                      "class=" + std::to_string(c));
        ++points;
    }
    for (std::size_t r = 0; r < val.regionNames.size(); ++r) {
        run.logMetric("val/acc", accuracy(pred, val, [&](int i) { return val.region[std::size_t(i)] == int(r); }),
                      epoch, "region=" + val.regionNames[r]);
        ++points;
    }
}

// Trains one model, logging as a real training script would. Returns false if the
// loss diverged.
bool train(Run& run, const Config& cfg, const SyntheticDataset& trainSet, const SyntheticDataset& val,
           long long& points)
{
    DemoClassifier model(int(trainSet.x.cols()), cfg.model == "mlp" ? 32 : 0, trainSet.classes, cfg.seed);
    std::vector<int> order(static_cast<std::size_t>(trainSet.size()));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 shuffle(cfg.seed);
    std::int64_t step = 0;
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), shuffle);
        // Linear warm-up over the first epochs, then a step decay, as is usual.
        double lr = cfg.lr * (epoch < kEpochs / 2 ? 1.0 : 0.3);
        for (int b = 0; b + kBatch <= trainSet.size(); b += kBatch) {
            double warm = std::min(1.0, double(step + 1) / kWarmupSteps);
            double loss = model.trainBatch(trainSet, order, b, b + kBatch, lr * warm);
            run.logMetric("train/loss", loss, step++);
            ++points;
            if (!std::isfinite(loss) || loss > 1e3) {
                run.setNotes("Training stopped: the loss diverged at step " + std::to_string(step - 1)
                             + " (learning rate " + formatNumber(cfg.lr) + ").");
                return false;
            }
        }
        run.logMetric("train/lr", lr, epoch);
        logEvaluation(run, model, val, epoch, points);
        points += 1;
    }
    return true;
}

std::vector<Config> grid()
{
    std::vector<Config> out;
    for (const char* model : {"softmax", "mlp"})
        for (double lr : {0.01, 0.1, 0.5})
            for (unsigned seed : {1u, 2u, 3u})
                out.push_back({model, lr, seed});
    out.push_back({"softmax", 200, 1}); // the learning rate that diverges
    return out;
}

void runPipeline(Store& store, const SyntheticDataset& trainSet, const SyntheticDataset& val, long long& points)
{
    auto parent = store.startRun({.experiment = "demo-pipeline", .name = "nightly-training",
                                  .tags = {{"pipeline", "nightly"}}});
    {
        auto ingest = parent.child("ingest");
        ingest.logParams({{"source", "s3://demo/raw/2026-11-23"}, {"format", "parquet"}});
        ingest.logMetric("rows", trainSet.size() + val.size(), 0);
        ++points;
    }
    {
        auto validate = parent.child("validate");
        validate.logMetric("missing_fraction", 0.0021, 0);
        ++points;
        validate.setTag("schema", "ok");
    }
    {
        auto features = parent.child("features");
        features.logParam("n_features", std::int64_t(trainSet.x.cols()));
        features.logParam("scaler", "none");
    }
    Config cfg{"mlp", 0.1, 11};
    {
        auto trainRun = parent.child("train");
        trainRun.logParams({{"model", cfg.model}, {"lr", cfg.lr}, {"seed", std::int64_t(cfg.seed)}});
        train(trainRun, cfg, trainSet, val, points);
    }
    {
        auto evaluate = parent.child("evaluate");
        DemoClassifier model(int(trainSet.x.cols()), 0, trainSet.classes, 3);
        std::vector<int> order(static_cast<std::size_t>(trainSet.size()));
        std::iota(order.begin(), order.end(), 0);
        for (int b = 0; b + kBatch <= trainSet.size(); b += kBatch)
            model.trainBatch(trainSet, order, b, b + kBatch, 0.1);
        logEvaluation(evaluate, model, val, 0, points);
    }
}

} // namespace

DemoData::Summary DemoData::generate(Store& store, const Progress& progress)
{
    Summary summary;
    auto configs = grid();
    int total = int(configs.size()) + 1;
    for (const auto& cfg : configs) {
        SyntheticDataset trainSet, val;
        SyntheticDataset::make(cfg.seed, 8192, 1600, trainSet, val);
        char name[64];
        std::snprintf(name, sizeof name, "%s-lr%g-s%u", cfg.model.c_str(), cfg.lr, cfg.seed);
        auto run = store.startRun({.experiment = "demo-classifier", .name = name,
                                   .params = {{"model", cfg.model}, {"lr", cfg.lr}, {"seed", std::int64_t(cfg.seed)},
                                              {"batch_size", kBatch}, {"epochs", kEpochs}},
                                   .tags = {{"dataset", "synthetic-4class"}}});
        bool ok = train(run, cfg, trainSet, val, summary.points);
        run.finish(ok ? RunStatus::Finished : RunStatus::Failed);
        ++summary.runs;
        summary.failed += ok ? 0 : 1;
        if (progress && !progress(summary.runs, total))
            return summary;
    }
    SyntheticDataset trainSet, val;
    SyntheticDataset::make(11, 8192, 1600, trainSet, val);
    runPipeline(store, trainSet, val, summary.points);
    summary.runs += 6;
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace runlens
