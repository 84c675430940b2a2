#pragma once

#include "demo/SyntheticDataset.h"

#include <Eigen/Dense>

namespace runlens {

// A softmax classifier with an optional tanh hidden layer, trained by mini-batch SGD.
class DemoClassifier {
public:
    DemoClassifier(int inputs, int hidden, int classes, unsigned seed);

    // One SGD step on rows [begin, end); returns the batch's mean cross-entropy.
    double trainBatch(const SyntheticDataset& data, const std::vector<int>& order, int begin, int end, double lr);
    // Predicted class per sample.
    Eigen::VectorXi predict(const Eigen::MatrixXd& x) const;
    double loss(const SyntheticDataset& data) const;

private:
    Eigen::MatrixXd hiddenOut(const Eigen::MatrixXd& x) const;
    Eigen::MatrixXd probabilities(const Eigen::MatrixXd& h) const;

    int m_hidden;
    Eigen::MatrixXd m_w1, m_w2;
    Eigen::RowVectorXd m_b1, m_b2;
};

} // namespace runlens
