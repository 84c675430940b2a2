#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace runlens {

// Where an import is: reported after each run and at each new source.
struct ImportProgress {
    double fraction = 0;        // 0..1 over everything found
    std::string path;           // what is being read
    std::int64_t runsImported = 0;
};

struct ImportOptions {
    // Put every imported run into this experiment instead of the one the source names.
    std::string experiment;
    // Called from the importing thread; keep it cheap.
    std::function<void(const ImportProgress&)> progress;
    // Polled between runs (and between files of a big run); true stops the import.
    // Runs already written stay, the run in hand is not written at all.
    std::function<bool()> isCancelled;
    // MLflow artifacts found beside the runs are copied into the store's artifact
    // folder; false records nothing about them.
    bool copyArtifacts = true;
    // An imported store is untrusted: artifacts are copied only from inside the
    // imported folder, or from under this folder when the user names one (the place an
    // artifact_uri points to). Symlinks are never followed.
    std::string artifactFolder;
    // At most this many bytes of artifacts are copied per run; files past it are skipped
    // and reported.
    std::int64_t maxArtifactBytesPerRun = std::int64_t(8) << 30;
};

} // namespace runlens
