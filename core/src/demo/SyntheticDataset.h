#pragma once

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace runlens {

// A classification problem with known slices: four classes and three regions, where
// one region is noisier, so per-slice results differ for a reason a user can find.
struct SyntheticDataset {
    Eigen::MatrixXd x;              // samples x features
    Eigen::VectorXi y;              // class 0..classes-1
    std::vector<int> region;        // index into regionNames
    int classes = 4;
    std::vector<std::string> regionNames{"eu", "us", "asia"};

    // Train and validation sets drawn from the same distribution with one seed.
    static void make(unsigned seed, int trainSize, int valSize, SyntheticDataset& train, SyntheticDataset& val);
    int size() const { return static_cast<int>(y.size()); }
};

} // namespace runlens
