#pragma once

#include <optional>
#include <string_view>

namespace runlens {

// Whether a lower (Min) or a higher (Max) value of a metric is better.
enum class MetricDirection { Min, Max };

// The name rule of docs/storage-format.md: keys containing loss, error, err, mse, mae,
// rmse, perplexity or time (any case) are "lower is better", every other key "higher".
MetricDirection directionFromName(std::string_view key);

// "min" / "max": the text stored in the metric_directions table.
std::string_view directionName(MetricDirection direction);
std::optional<MetricDirection> parseDirection(std::string_view text);

// True when a is strictly better than b. NaN is never better, and nothing is better
// than NaN, so a missing value never wins a comparison.
bool isBetter(MetricDirection direction, double a, double b);

// How much worse value is than reference, positive when worse: reference - value for
// Max, value - reference for Min. NaN when either is NaN.
double shortfall(MetricDirection direction, double value, double reference);

} // namespace runlens
