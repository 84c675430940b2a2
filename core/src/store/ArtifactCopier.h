#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace runlens {

// What an untrusted source (an imported store) may make ArtifactCopier do; the
// defaults are for the user's own files.
struct ArtifactLimits {
    bool followSymlinks = true;
    std::int64_t maxBytes = -1; // < 0: no cap
    // When set, a file whose content does not hash to this (a damaged copy in another
    // store) is refused before it takes the place of anything.
    std::string expectedSha256;
};

// Copies a file into a run's artifact folder beside the store, hashing it on the way.
// Only regular files are copied: a device (/dev/zero) would copy without end and a FIFO
// would block forever. The copy goes to a temporary file that is renamed into place, so
// a failure leaves nothing behind.
class ArtifactCopier {
public:
    struct Result {
        std::string relativePath;
        std::int64_t size = 0;
        std::string sha256;
    };

    using Limits = ArtifactLimits;

    // Throws StoreError(InvalidInput) for a missing source, one that is not a regular
    // file (or a symlink when not followed), one over maxBytes, or a name with "..";
    // StoreError(File) when the artifact folder cannot be written.
    static Result copy(const std::string& storePath, const std::string& runUuid, const std::string& source,
                       const std::string& name, const Limits& limits = {});

    // The checks and the hashing of copy(), with the bytes handed to sink piece by
    // piece instead of written to the folder (a PostgreSQL store keeps them in the
    // database). A sha256 other than limits.expectedSha256 throws after the last piece.
    using Sink = std::function<void(const char* data, std::size_t size)>;
    static Result stream(const std::string& source, const std::string& name, const Limits& limits, const Sink& sink);
    // Writes what produce hands to its sink into dest through a temporary file beside it,
    // renamed into place only when produce returns (mode: its permission bits, < 0 the
    // default): a failure or a refusal by produce leaves nothing behind.
    using Producer = std::function<void(const Sink& sink)>;
    static void writeAtomically(const std::string& dest, const Producer& produce, int mode = -1);
    // Copies a stored artifact file to destination (through a temporary file renamed
    // into place), refusing it when its bytes no longer hash to sha256.
    static void saveVerified(const std::string& file, const std::string& sha256, const std::string& destination);
    // The artifact's name inside the run: name, else the source's file name; ".." refused.
    static std::string relativeName(const std::string& source, const std::string& name);
};

} // namespace runlens
