#pragma once

#include "store/PointBatch.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace runlens {

class Database;

// Writes one big imported run while the importer is still reading it: a writer thread
// holds one write transaction, creates the run, appends the batches handed to it and
// commits at finish() - so the run is still whole or absent, memory stays bounded, and
// decoding and writing run on two cores at once.
class ImportStream {
public:
    // createRun runs first inside the transaction, on the writer thread.
    ImportStream(Database& db, std::function<std::int64_t()> createRun);
    ~ImportStream(); // rolls back unless finish() committed
    ImportStream(const ImportStream&) = delete;
    ImportStream& operator=(const ImportStream&) = delete;

    // Takes the points of batch (keeping its key), leaving it empty with recycled
    // capacity. Blocks while the writer is behind; rethrows the writer's error.
    void push(PointBatch& batch);
    // Runs last on the writer thread inside the transaction, then commits. Rethrows
    // whatever failed.
    void finish(std::function<void(std::int64_t runId)> last);
    void abort();

private:
    void work();
    void rethrowIfFailed();

    Database& m_db;
    std::function<std::int64_t()> m_createRun;
    std::function<void(std::int64_t)> m_last;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PointBatch> m_pending;
    std::vector<PointBatch> m_spares;
    bool m_finishing = false, m_aborting = false, m_done = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace runlens
