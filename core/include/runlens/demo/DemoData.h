#pragma once

#include <functional>
#include <string>

namespace runlens {

class Store;

// Fills a store with real training: small classifiers trained with Eigen on a generated
// problem with named data slices, over a grid of learning rates, models and seeds, plus
// a pipeline run with one child run per step. Nothing is faked: every curve is what
// the training produced, including the learning rate that diverges.
class DemoData {
public:
    struct Summary {
        int runs = 0;
        int failed = 0;
        long long points = 0;
    };
    // progress(done, total) after each run; return false to stop early.
    using Progress = std::function<bool(int, int)>;

    static Summary generate(Store& store, const Progress& progress = {});
};

} // namespace runlens
