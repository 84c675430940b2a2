#pragma once

namespace runlens {

// The few probability distributions the statistics need, from Boost.Math (header-only).
// Kept behind this private header so no public header depends on Boost. Invalid
// arguments give NaN instead of throwing.
namespace StatsDistributions {

// P(|T| >= |t|) for Student's t with df degrees of freedom (df may be fractional).
double studentTwoSided(double t, double df);
// The q-quantile of Student's t with df degrees of freedom.
double studentQuantile(double q, double df);
// P(F >= f) for Fisher's F with (d1, d2) degrees of freedom.
double fisherUpper(double f, double d1, double d2);

} // namespace StatsDistributions

} // namespace runlens
