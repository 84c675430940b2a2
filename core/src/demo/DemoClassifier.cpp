#include "demo/DemoClassifier.h"

#include <cmath>
#include <random>

namespace runlens {

DemoClassifier::DemoClassifier(int inputs, int hidden, int classes, unsigned seed) : m_hidden(hidden)
{
    std::mt19937 rng(seed * 7919u + 1u);
    std::normal_distribution<double> init(0.0, 1.0);
    int width = hidden > 0 ? hidden : inputs;
    if (hidden > 0) {
        m_w1 = Eigen::MatrixXd::NullaryExpr(inputs, hidden, [&] { return init(rng) / std::sqrt(inputs); });
        m_b1 = Eigen::RowVectorXd::Zero(hidden);
    }
    m_w2 = Eigen::MatrixXd::NullaryExpr(width, classes, [&] { return init(rng) / std::sqrt(width); });
    m_b2 = Eigen::RowVectorXd::Zero(classes);
}

Eigen::MatrixXd DemoClassifier::hiddenOut(const Eigen::MatrixXd& x) const
{
    if (m_hidden == 0)
        return x;
    return ((x * m_w1).rowwise() + m_b1).array().tanh().matrix();
}

Eigen::MatrixXd DemoClassifier::probabilities(const Eigen::MatrixXd& h) const
{
    Eigen::MatrixXd z = (h * m_w2).rowwise() + m_b2;
    // Subtract the row maximum: softmax of large logits must not overflow to inf/inf.
    Eigen::VectorXd maxes = z.rowwise().maxCoeff();
    Eigen::MatrixXd e = (z.colwise() - maxes).array().exp().matrix();
    Eigen::VectorXd sums = e.rowwise().sum();
    return e.array().colwise() / sums.array();
}

double DemoClassifier::trainBatch(const SyntheticDataset& data, const std::vector<int>& order, int begin, int end,
                                  double lr)
{
    int n = end - begin;
    Eigen::MatrixXd x(n, data.x.cols());
    Eigen::MatrixXd target = Eigen::MatrixXd::Zero(n, m_w2.cols());
    for (int i = 0; i < n; ++i) {
        int row = order[static_cast<std::size_t>(begin + i)];
        x.row(i) = data.x.row(row);
        target(i, data.y(row)) = 1.0;
    }
    Eigen::MatrixXd h = hiddenOut(x);
    Eigen::MatrixXd p = probabilities(h);
    // No epsilon inside the log: a diverging model must show inf/NaN like real training does.
    double loss = -(target.array() * p.array().log()).sum() / n;
    Eigen::MatrixXd dz = (p - target) / n;
    Eigen::MatrixXd dh = dz * m_w2.transpose();
    m_w2 -= lr * h.transpose() * dz;
    m_b2 -= lr * dz.colwise().sum();
    if (m_hidden > 0) {
        Eigen::MatrixXd da = dh.array() * (1.0 - h.array().square());
        m_w1 -= lr * x.transpose() * da;
        m_b1 -= lr * da.colwise().sum();
    }
    return loss;
}

Eigen::VectorXi DemoClassifier::predict(const Eigen::MatrixXd& x) const
{
    Eigen::MatrixXd p = probabilities(hiddenOut(x));
    Eigen::VectorXi out(p.rows());
    for (Eigen::Index i = 0; i < p.rows(); ++i)
        p.row(i).maxCoeff(&out(i));
    return out;
}

double DemoClassifier::loss(const SyntheticDataset& data) const
{
    Eigen::MatrixXd p = probabilities(hiddenOut(data.x));
    double total = 0;
    for (int i = 0; i < data.size(); ++i)
        total -= std::log(p(i, data.y(i)) + 1e-12);
    return total / data.size();
}

} // namespace runlens
