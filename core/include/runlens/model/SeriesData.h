#pragma once

#include <cstdint>
#include <vector>

namespace runlens {

// The points of one metric series, sorted by step (stable: repeated steps keep log
// order). times is empty unless asked for, which saves reading a third of the bytes.
struct SeriesData {
    std::vector<std::int64_t> steps;
    std::vector<double> values;
    std::vector<double> times;

    std::size_t size() const { return steps.size(); }
    bool empty() const { return steps.empty(); }
};

} // namespace runlens
