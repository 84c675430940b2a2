#pragma once

#include "runlens/model/RunRecord.h"
#include "store/PointBatch.h"
#include "store/SeriesBuffer.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace runlens {

class Database;

// What a Run handle and its flusher thread share: the metric buffers and the thread
// that writes them at least once a second and heartbeats the run.
class RunState {
public:
    RunState(std::shared_ptr<Database> db, std::int64_t runId, std::string uuid, std::string name,
             std::string experiment);
    ~RunState();

    std::shared_ptr<Database> db;
    const std::int64_t runId;
    const std::string uuid;
    const std::string name;
    const std::string experiment;

    void log(std::string_view key, double value, const std::int64_t* step, std::string_view slice);
    void flush();
    void finish(RunStatus status);
    bool finished() const { return m_finished.load(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    SeriesBuffer& buffer(std::string_view key, std::string_view slice);
    std::vector<PointBatch> takeBuffers();
    void writeBatches(std::vector<PointBatch>& batches);
    void flusherLoop();
    void stopFlusher();

    // Hot path state, guarded by m_bufferMutex.
    std::mutex m_bufferMutex;
    std::unordered_map<std::string, SeriesBuffer, Hash, std::equal_to<>> m_overall;
    std::unordered_map<std::string, SeriesBuffer> m_sliced; // key '\x1f' slice
    SeriesBuffer* m_last = nullptr;
    std::size_t m_pending = 0;

    // Batches that failed to write (disk full, ...) wait here, oldest first: nothing
    // logged is dropped.
    std::mutex m_flushMutex;
    std::vector<PointBatch> m_unwritten;
    double m_lastHeartbeat = 0;
    double m_failingSince = 0; // wall time of the first failed flush of a streak, 0: none
    double m_lastComplaint = 0;

    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_flushSoon = false;
    std::atomic<bool> m_finished{false};
    std::thread m_flusher;
};

} // namespace runlens
