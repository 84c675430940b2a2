#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace runlens {

// What `runlens sync` is asked to do (docs/sync.md).
struct SyncOptions {
    std::string query;           // runs of the source to bring over; "" = all
    bool dryRun = false;         // plan and report, write nothing
    bool includeDeleted = false; // bring back runs the target has deleted
};

// Two stores disagreed on one value and the rule picked a side.
struct SyncConflict {
    enum class Field {
        RunName, RunNotes, RunArchived, Param, Tag, ExperimentNotes, ExperimentArchived, MetricDirection, Diagram,
        Artifact
    };
    enum class Winner { Source, Target };
    Field field = Field::Tag;
    std::string subject;  // the run's uuid, the experiment's or the diagram's name, a metric key
    std::string key;      // the tag or param key, the artifact's path, else ""
    // The values as text. Archived flags read "archived" or "not archived", a diagram's
    // value is when it was saved ("2026-12-02 14:31:05 UTC"), an artifact's the first 12
    // hex digits of its sha256.
    std::string sourceValue;
    std::string targetValue;
    Winner winner = Winner::Target;
};

// The CLI's words for a field: "run name", "tag", "experiment archived", ...
const char* toString(SyncConflict::Field field);

struct SyncProgress {
    std::size_t runsDone = 0;
    std::size_t runsTotal = 0;
    std::int64_t points = 0; // copied so far
};

// One run that arrived (or, for a dry run, would arrive) in the target.
struct SyncedRunInfo {
    std::string uuid, name, experiment;
    bool isNew = false;      // else an update of a run the target had
    std::int64_t points = 0; // new points
};

// What a sync did (or, for a dry run, would do).
struct SyncReport {
    std::size_t runsSelected = 0;
    std::size_t runsNew = 0;
    std::size_t runsUpdated = 0;   // present in both, something arrived
    std::size_t runsUnchanged = 0;
    std::vector<SyncedRunInfo> arrived; // the new and updated runs, in the source's order
    std::vector<std::string> skippedDeleted;  // uuids the target has deleted
    std::vector<std::string> skippedImported; // uuids whose import the target holds as another run
    std::size_t experimentsNew = 0;
    std::int64_t points = 0;
    std::int64_t chunks = 0;
    std::size_t artifacts = 0;
    std::int64_t artifactBytes = 0;
    std::size_t diagrams = 0;    // new or updated
    std::size_t directions = 0;  // metric directions new or updated
    std::vector<SyncConflict> conflicts;
    std::vector<std::string> problems; // one line per run or artifact left out (damaged source)
    bool cancelled = false;

    bool changedAnything() const;
};

// Brings runs from one store into another, matched by UUID: new runs whole, known runs
// their new points, fields and artifacts. The source is only read, never migrated; the
// target is created when missing. Each run arrives in one transaction, so an
// interrupted sync leaves the target consistent and the next one finishes the job.
class StoreSync {
public:
    // Returns false to stop after the current run (the report says cancelled).
    using ProgressFn = std::function<bool(const SyncProgress&)>;

    StoreSync(std::string source, std::string target);

    // Throws StoreError for what stops the whole sync before anything is written: no
    // source, not a store, a newer schema, the same store twice, a read-only target, a
    // query that does not parse.
    SyncReport run(const SyncOptions& options, const ProgressFn& progress = {}) const;

private:
    std::string m_source;
    std::string m_target;
};

} // namespace runlens
