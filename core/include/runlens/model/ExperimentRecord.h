#pragma once

#include <cstdint>
#include <string>

namespace runlens {

struct ExperimentRecord {
    std::int64_t id = 0;
    std::string uuid;
    std::string name;
    double createdAt = 0;
    bool archived = false;
    std::string notes;
    std::int64_t runCount = 0;
};

} // namespace runlens
