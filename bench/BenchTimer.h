#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

// Runs fn `repeats` times and returns the median wall time in seconds: these machines
// are noisy, so one figure is never trusted.
inline double medianSeconds(int repeats, const std::function<void()>& fn)
{
    std::vector<double> t;
    for (int i = 0; i < repeats; ++i) {
        auto start = std::chrono::steady_clock::now();
        fn();
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}
