#pragma once

#include <cstdint>
#include <string>

namespace runlens {

// Copies a file into a run's artifact folder beside the store, hashing it on the way.
class ArtifactCopier {
public:
    struct Result {
        std::string relativePath;
        std::int64_t size = 0;
        std::string sha256;
    };

    // Throws StoreError(InvalidInput) for a missing source or a name with "..".
    static Result copy(const std::string& storePath, const std::string& runUuid,
                       const std::string& source, const std::string& name);
    static std::string sha256OfFile(const std::string& path);
};

} // namespace runlens
