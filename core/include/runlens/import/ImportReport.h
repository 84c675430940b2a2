#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace runlens {

// Something an import left out, and why: a deleted MLflow run, a damaged event file, a
// value the store refuses. path names the file or folder it is about.
struct ImportProblem {
    std::string path;
    std::string message;
};

// One run an import wrote, or found already in the store.
struct ImportedRunInfo {
    std::string format;     // "mlflow", "mlflow-sqlite", "tensorboard", "lightning-csv", "keras-csv"
    std::string path;       // the file or folder it came from
    std::string source;     // runs.source, e.g. "mlflow:<run_id>"
    std::string uuid;       // the run's id in the store
    std::string name;
    std::string experiment;
};

// What ImportService::run did. An import never stops at the first bad file: whatever was
// sound is in the store, everything else is in problems.
struct ImportReport {
    std::int64_t runsImported = 0;
    std::int64_t runsAlreadyImported = 0; // same source found in the store: skipped
    std::int64_t points = 0;              // points written
    std::int64_t params = 0;              // params written
    std::int64_t artifacts = 0;           // artifact files copied
    std::int64_t sourcesFound = 0;        // importable things found under the paths
    std::vector<ImportedRunInfo> imported;
    std::vector<ImportedRunInfo> alreadyImported;
    std::vector<ImportProblem> problems;
    bool cancelled = false;
    // Set when the store itself failed (read-only, disk full, too new): the import
    // stopped there. Runs written before stay complete.
    std::string storeError;

    bool importedAnything() const { return runsImported > 0; }
};

} // namespace runlens
