#pragma once

#include <optional>
#include <string_view>

namespace runlens {

// Whether a lower (Min) or a higher (Max) value of a metric is better, or neither
// (Neutral: a learning-rate schedule, `epoch`, `step`, `time`). A neutral metric is
// compared (difference, test) but never called better or worse.
enum class MetricDirection { Min, Max, Neutral };

// The name rule of docs/statistics.md: a key whose name components (split at anything
// but letters and digits, trailing digits ignored: `val/acc`, `top1_accuracy`, `val_loss`,
// `acc5`) include a word of known direction gets it, any case: loss, error, err, mse,
// rmse, mae, perplexity, wer, cer are "lower is better"; acc, accuracy, f1, auc,
// precision, recall, map, iou, dice, bleu, r2 "higher". Every other key is Neutral.
MetricDirection directionFromName(std::string_view key);

// "min" / "max": the text stored in the metric_directions table; "neutral" for Neutral,
// which is never stored (a key without a row follows the name rule).
std::string_view directionName(MetricDirection direction);
std::optional<MetricDirection> parseDirection(std::string_view text); // "min" or "max"

// True when a is strictly better than b. NaN is never better, nothing is better than
// NaN, and for a Neutral metric nothing is better, so a missing value or a metric
// without a direction never wins a comparison.
bool isBetter(MetricDirection direction, double a, double b);

// How much worse value is than reference, positive when worse: reference - value for
// Max, value - reference for Min. NaN when either is NaN or the metric is Neutral.
double shortfall(MetricDirection direction, double value, double reference);

} // namespace runlens
