#pragma once

#include <string>

namespace runlens {

// Which runs Store::runs() returns.
struct RunFilter {
    std::string query;            // query language text (docs/query-language.md); "" = all
    std::string experiment;       // experiment name; "" = every experiment
    bool includeArchived = false;
    double heartbeatTimeout = 30.0; // seconds; tests shorten it to see crashed runs
};

} // namespace runlens
