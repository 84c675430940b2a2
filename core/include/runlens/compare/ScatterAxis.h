#pragma once

#include "runlens/compare/CompareValue.h"

#include <string>

namespace runlens {

// What one axis of a scatter plot shows: a param, or a metric (one value per run).
struct ScatterAxis {
    enum class Kind { Param, Metric };

    Kind kind = Kind::Metric;
    std::string key;
    CompareValue pick = CompareValue::Last; // for metrics

    static ScatterAxis param(const std::string& key) { return {Kind::Param, key, CompareValue::Last}; }
    static ScatterAxis metric(const std::string& key, CompareValue pick = CompareValue::Last)
    {
        return {Kind::Metric, key, pick};
    }
};

} // namespace runlens
