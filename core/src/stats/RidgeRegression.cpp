#include "runlens/stats/RidgeRegression.h"

#include "runlens/model/StoreError.h"

#include <Eigen/Dense>

#include <cmath>
#include <limits>
#include <string>

namespace runlens {

namespace {

struct Standardised {
    Eigen::MatrixXd z;               // n × p, centred and scaled; constant columns are 0
    Eigen::VectorXd yc;              // y − ȳ
    double yMean = 0;
    std::vector<double> means, scales;
};

void checkShape(const RidgeRegression::Columns& x, std::span<const double> y)
{
    for (const auto& column : x) {
        if (column.size() != y.size())
            throw StoreError(StoreError::Kind::InvalidInput,
                             "ridge regression: a feature has " + std::to_string(column.size())
                                 + " values but y has " + std::to_string(y.size()));
    }
    if (y.empty())
        throw StoreError(StoreError::Kind::InvalidInput, "ridge regression needs at least one observation");
}

Standardised standardise(const RidgeRegression::Columns& x, std::span<const double> y)
{
    checkShape(x, y);
    const auto n = Eigen::Index(y.size());
    const auto p = Eigen::Index(x.size());
    Standardised s;
    s.z.setZero(n, p);
    for (Eigen::Index j = 0; j < p; ++j) {
        Eigen::Map<const Eigen::VectorXd> col(x[std::size_t(j)].data(), n);
        double mean = col.mean();
        double scale = std::sqrt((col.array() - mean).square().mean());
        // Below this the column is constant up to rounding: it carries no information.
        if (!(scale > 1e-12 * std::max(1.0, std::fabs(mean))))
            scale = 0;
        if (scale > 0)
            s.z.col(j) = (col.array() - mean) / scale;
        s.means.push_back(mean);
        s.scales.push_back(scale);
    }
    Eigen::Map<const Eigen::VectorXd> yv(y.data(), n);
    s.yMean = yv.mean();
    s.yc = yv.array() - s.yMean;
    return s;
}

// ZᵀZ + λI. Constant columns are all zero: they get a unit diagonal so the system
// stays solvable even at λ = 0; their right-hand side is 0, so their β is 0.
Eigen::MatrixXd penalisedGram(const Eigen::MatrixXd& z, double lambda)
{
    Eigen::MatrixXd a = z.transpose() * z;
    a.diagonal().array() += lambda;
    for (Eigen::Index j = 0; j < a.rows(); ++j) {
        if (z.col(j).squaredNorm() == 0)
            a(j, j) = 1.0;
    }
    return a;
}

} // namespace

RidgeRegression RidgeRegression::fit(const Columns& x, std::span<const double> y, double lambda)
{
    if (!(lambda >= 0))
        throw StoreError(StoreError::Kind::InvalidInput, "ridge regression: lambda must be >= 0");
    Standardised s = standardise(x, y);
    RidgeRegression model;
    model.m_lambda = lambda;
    model.m_intercept = s.yMean;
    model.m_means = std::move(s.means);
    model.m_scales = std::move(s.scales);
    Eigen::VectorXd beta = penalisedGram(s.z, lambda).ldlt().solve(s.z.transpose() * s.yc);
    model.m_coefficients.assign(beta.data(), beta.data() + beta.size());
    return model;
}

RidgeRegression::LambdaChoice RidgeRegression::chooseLambda(const Columns& x, std::span<const double> y,
                                                            std::span<const double> grid)
{
    Standardised s = standardise(x, y);
    const auto n = s.z.rows();
    LambdaChoice best{grid.empty() ? 1.0 : grid.front(), std::numeric_limits<double>::infinity()};
    for (double lambda : grid) {
        // Hat matrix of the whole fit: 1/n (the intercept) + Z (ZᵀZ + λI)⁻¹ Zᵀ. Only its
        // diagonal is needed, so the n × n matrix is never formed (10 000 runs would
        // take 800 MB); the residuals need only the second part because yc is centred.
        Eigen::MatrixXd w = penalisedGram(s.z, lambda).ldlt().solve(s.z.transpose()); // p × n
        Eigen::VectorXd leverage = (s.z.array() * w.transpose().array()).rowwise().sum();
        Eigen::VectorXd residual = s.yc - s.z * (w * s.yc);
        double sum = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            double rest = 1.0 - leverage(i) - 1.0 / double(n);
            sum += rest > 1e-12 ? std::pow(residual(i) / rest, 2) : std::numeric_limits<double>::infinity();
        }
        double mse = sum / double(n);
        if (mse < best.looMse)
            best = {lambda, mse};
    }
    return best;
}

std::vector<double> RidgeRegression::defaultLambdaGrid()
{
    return {1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0, 1000.0};
}

std::vector<double> RidgeRegression::predict(const Columns& x) const
{
    std::size_t n = x.empty() ? 0 : x.front().size();
    std::vector<double> out(n, m_intercept);
    for (std::size_t j = 0; j < x.size() && j < m_coefficients.size(); ++j) {
        if (m_scales[j] == 0)
            continue;
        double factor = m_coefficients[j] / m_scales[j];
        for (std::size_t i = 0; i < n; ++i)
            out[i] += factor * (x[j][i] - m_means[j]);
    }
    return out;
}

double RidgeRegression::rSquared(const Columns& x, std::span<const double> y) const
{
    std::vector<double> fitted = predict(x);
    double mean = 0;
    for (double v : y)
        mean += v;
    mean /= double(y.size());
    double sse = 0, sst = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        sse += (y[i] - fitted[i]) * (y[i] - fitted[i]);
        sst += (y[i] - mean) * (y[i] - mean);
    }
    return sst > 0 ? 1.0 - sse / sst : std::numeric_limits<double>::quiet_NaN();
}

} // namespace runlens
