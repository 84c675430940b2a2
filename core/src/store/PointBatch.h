#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace runlens {

// Points of one series waiting to be written, in log order.
struct PointBatch {
    std::string key;
    std::string slice;
    std::vector<std::int64_t> steps;
    std::vector<double> values;
    std::vector<double> times;

    std::size_t size() const { return steps.size(); }
};

} // namespace runlens
