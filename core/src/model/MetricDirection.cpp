#include "runlens/model/MetricDirection.h"

#include "runlens/model/TextRules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace runlens {

namespace {

// Lower case name components: "Val/Top1_Accuracy" → "val", "top", "accuracy". Trailing
// digits are cut (top1, acc5) unless that leaves a single letter (f1, r2 stay whole).
std::vector<std::string> nameComponents(std::string_view key)
{
    std::vector<std::string> parts;
    std::string part;
    auto flush = [&] {
        if (part.empty())
            return;
        std::size_t end = part.size();
        while (end > 0 && std::isdigit(static_cast<unsigned char>(part[end - 1])))
            --end;
        if (end >= 2)
            parts.push_back(part.substr(0, end));
        parts.push_back(part);
        part.clear();
    };
    for (char ch : key) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c))
            part += TextRules::asciiLower(ch);
        else
            flush();
    }
    flush();
    return parts;
}

} // namespace

MetricDirection directionFromName(std::string_view key)
{
    static constexpr std::array<std::string_view, 9> lowerIsBetter = {
        "loss", "error", "err", "mse", "rmse", "mae", "perplexity", "wer", "cer"};
    static constexpr std::array<std::string_view, 12> higherIsBetter = {
        "acc", "accuracy", "f1", "auc", "precision", "recall", "map", "iou", "dice", "bleu", "r2", "r2score"};
    auto known = [](const auto& words, const std::string& part) {
        return std::find(words.begin(), words.end(), part) != words.end();
    };
    // The last component decides first: "loss_acc" is unusual, "val_acc" is not, and the
    // metric is usually named last (train/loss, val/top1_accuracy).
    auto parts = nameComponents(key);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        if (known(lowerIsBetter, *it))
            return MetricDirection::Min;
        if (known(higherIsBetter, *it))
            return MetricDirection::Max;
    }
    return MetricDirection::Neutral;
}

std::string_view directionName(MetricDirection direction)
{
    switch (direction) {
    case MetricDirection::Min: return "min";
    case MetricDirection::Max: return "max";
    case MetricDirection::Neutral: break;
    }
    return "neutral";
}

std::optional<MetricDirection> parseDirection(std::string_view text)
{
    if (text == "min")
        return MetricDirection::Min;
    if (text == "max")
        return MetricDirection::Max;
    return std::nullopt;
}

bool isBetter(MetricDirection direction, double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return false;
    switch (direction) {
    case MetricDirection::Min: return a < b;
    case MetricDirection::Max: return a > b;
    case MetricDirection::Neutral: break;
    }
    return false;
}

double shortfall(MetricDirection direction, double value, double reference)
{
    switch (direction) {
    case MetricDirection::Min: return value - reference;
    case MetricDirection::Max: return reference - value;
    case MetricDirection::Neutral: break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace runlens
