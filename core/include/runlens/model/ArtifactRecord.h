#pragma once

#include <cstdint>
#include <string>

namespace runlens {

struct ArtifactRecord {
    std::string path;       // relative name inside the run's artifact folder
    std::int64_t size = 0;
    std::string sha256;
    double createdAt = 0;
    std::string filePath;   // where the copy lives on disk
};

} // namespace runlens
