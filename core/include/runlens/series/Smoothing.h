#pragma once

#include <span>
#include <vector>

namespace runlens {

// Smoothing of learning curves, point by point in data order. Non-finite values (NaN,
// ±Inf) are kept where they are, so a NaN still breaks the line, and they never leak
// into their neighbours.
namespace Smoothing {

// TensorBoard's debiased exponential moving average: s_k = w·s_{k-1} + (1−w)·y_k over
// the finite values, divided by 1 − w^k so the first points are not pulled to 0.
// weight in [0, 1): 0 returns the values unchanged. A constant series is returned as
// it is (no rounding noise).
std::vector<double> ema(std::span<const double> values, double weight);

// Centred moving average: the mean of the finite values among the `window` points
// centred on each point (fewer at the ends). An even window is widened by one so it
// has a centre; window <= 1 returns the values unchanged.
std::vector<double> centredMovingAverage(std::span<const double> values, int window);

} // namespace Smoothing

} // namespace runlens
