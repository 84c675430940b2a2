#include "demo/SyntheticDataset.h"

#include <random>

namespace runlens {

namespace {
constexpr int kFeatures = 8;

void draw(std::mt19937& rng, const Eigen::MatrixXd& means, int n, SyntheticDataset& out)
{
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_int_distribution<int> pickClass(0, out.classes - 1);
    std::discrete_distribution<int> pickRegion({0.45, 0.35, 0.20});
    const double regionNoise[] = {0.9, 1.0, 1.8}; // asia: fewer, noisier samples
    out.x.resize(n, kFeatures);
    out.y.resize(n);
    out.region.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        int c = pickClass(rng);
        int r = pickRegion(rng);
        out.y(i) = c;
        out.region[static_cast<std::size_t>(i)] = r;
        for (int f = 0; f < kFeatures; ++f)
            out.x(i, f) = means(c, f) + regionNoise[r] * noise(rng) + 0.3 * r;
    }
}
}

void SyntheticDataset::make(unsigned seed, int trainSize, int valSize, SyntheticDataset& train,
                            SyntheticDataset& val)
{
    // The problem itself is fixed (seed 7) so that seeds vary only the sample and the
    // initialisation, as seeds do in real experiments.
    std::mt19937 problem(7);
    std::normal_distribution<double> centre(0.0, 1.1);
    Eigen::MatrixXd means(train.classes, kFeatures);
    for (int c = 0; c < train.classes; ++c)
        for (int f = 0; f < kFeatures; ++f)
            means(c, f) = centre(problem);
    std::mt19937 rng(seed);
    draw(rng, means, trainSize, train);
    draw(rng, means, valSize, val);
}

} // namespace runlens
