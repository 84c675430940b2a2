#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace runlens {

// Ridge regression on standardised features: every feature is centred and divided by
// its (population) standard deviation, y is centred, and
//     β = (ZᵀZ + λI)⁻¹ Zᵀ (y − ȳ),   intercept = ȳ,
// so coefficients are "change of y per standard deviation of the feature" and λ
// shrinks them all alike. Features that are constant get coefficient 0. Solved with
// Eigen; this header stays free of Eigen so views can use it.
class RidgeRegression {
public:
    // One vector per feature, each holding one value per observation (run).
    using Columns = std::vector<std::vector<double>>;

    struct LambdaChoice {
        double lambda = 1.0;
        double looMse = 0; // leave-one-out mean squared error at that λ
    };

    // Fits y on the columns (all of y's length, all values finite). λ ≥ 0.
    static RidgeRegression fit(const Columns& x, std::span<const double> y, double lambda);
    // The λ of grid with the smallest leave-one-out error, from the closed form
    // e_i / (1 − h_ii) of the hat matrix, so no refits are needed.
    static LambdaChoice chooseLambda(const Columns& x, std::span<const double> y, std::span<const double> grid);
    static std::vector<double> defaultLambdaGrid(); // 1e-3 … 1e3, one per decade

    double lambda() const { return m_lambda; }
    double intercept() const { return m_intercept; }
    const std::vector<double>& coefficients() const { return m_coefficients; } // standardised
    const std::vector<double>& means() const { return m_means; }
    const std::vector<double>& scales() const { return m_scales; }                 // 0 for constant features

    // Predictions for raw (unstandardised) feature columns.
    std::vector<double> predict(const Columns& x) const;
    // Coefficient of determination of the predictions for (x, y): 1 − SSE / SST.
    double rSquared(const Columns& x, std::span<const double> y) const;

private:
    double m_lambda = 0;
    double m_intercept = 0;
    std::vector<double> m_coefficients, m_means, m_scales;
};

} // namespace runlens
