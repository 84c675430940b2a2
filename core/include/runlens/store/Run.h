#pragma once

#include "runlens/model/ParamValue.h"
#include "runlens/model/RunRecord.h"
#include "runlens/store/RunOptions.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace runlens {

class RunState;

// A run being logged. Metrics are buffered in memory and written by a background
// thread at least once a second (and on flush()/finish()); params, tags and notes are
// written at once. Thread-safe. The destructor finishes the run: as failed when an
// exception is unwinding through it, else as finished.
class Run {
public:
    Run(Run&& other) noexcept;
    Run& operator=(Run&& other) noexcept;
    ~Run();

    const std::string& id() const;
    const std::string& name() const;

    void logParam(const std::string& key, const ParamValue& value);
    void logParams(const std::map<std::string, ParamValue>& params);
    void setTag(const std::string& key, const std::string& value);
    void setTags(const std::map<std::string, std::string>& tags);
    void setNotes(const std::string& notes);

    // step defaults to one past the largest step of (key, slice) logged by this run.
    void logMetric(std::string_view key, double value, std::optional<std::int64_t> step = std::nullopt,
                   std::string_view slice = {});
    void logMetrics(const std::map<std::string, double>& values,
                    std::optional<std::int64_t> step = std::nullopt, std::string_view slice = {});

    // Copies the file next to the store and records its size and SHA-256.
    void logArtifact(const std::string& filePath, const std::string& name = {});

    // A child run for one step of a pipeline (same experiment unless options say).
    Run child(const std::string& name, RunOptions options = {});

    // Writes what is buffered now; throws StoreError if it could not (the points stay
    // buffered and are written by a later flush).
    void flush();
    void finish(RunStatus status = RunStatus::Finished);
    bool isFinished() const;

private:
    friend class Store;
    explicit Run(std::shared_ptr<RunState> state);

    std::shared_ptr<RunState> m_state;
    int m_uncaught = 0;
};

} // namespace runlens
