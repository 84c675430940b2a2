#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace runlens {

// Points of one (key, slice) logged since the last flush, and the next default step.
struct SeriesBuffer {
    std::string key;
    std::string slice;
    std::vector<std::int64_t> steps;
    std::vector<double> values;
    std::vector<double> times;
    std::int64_t nextStep = 0;
};

} // namespace runlens
