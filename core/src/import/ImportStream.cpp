#include "import/ImportStream.h"

#include "store/Database.h"
#include "store/SeriesAppender.h"

namespace runlens {

namespace {
// Batches queued ahead of the writer: enough to keep both threads busy, few enough that
// memory stays a few MB whatever the size of the log.
constexpr std::size_t kMaxPending = 2;
struct Aborted {};
}

ImportStream::ImportStream(Database& db, std::function<std::int64_t()> createRun)
    : m_db(db), m_createRun(std::move(createRun))
{
    m_thread = std::thread([this] { work(); });
}

ImportStream::~ImportStream()
{
    abort();
}

void ImportStream::abort()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_done)
            m_aborting = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ImportStream::rethrowIfFailed()
{
    if (m_error)
        std::rethrow_exception(m_error);
}

void ImportStream::push(PointBatch& batch)
{
    PointBatch full;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_pending.size() < kMaxPending || m_done; });
        rethrowIfFailed();
        if (m_done)
            return;
        if (!m_spares.empty()) {
            full = std::move(m_spares.back());
            m_spares.pop_back();
        }
    }
    full.key = batch.key;
    full.slice = batch.slice;
    full.steps.swap(batch.steps);
    full.values.swap(batch.values);
    full.times.swap(batch.times);
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back(std::move(full));
    }
    m_changed.notify_all();
}

void ImportStream::finish(std::function<void(std::int64_t runId)> last)
{
    {
        std::lock_guard lock(m_mutex);
        m_last = std::move(last);
        m_finishing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    rethrowIfFailed();
}

void ImportStream::work()
{
    try {
        m_db.write([&] {
            std::int64_t runId = m_createRun();
            SeriesAppender appender(m_db);
            for (;;) {
                PointBatch batch;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [&] { return !m_pending.empty() || m_finishing || m_aborting; });
                    if (m_aborting)
                        throw Aborted{};
                    if (m_pending.empty())
                        break; // finishing and all written
                    batch = std::move(m_pending.front());
                    m_pending.pop_front();
                }
                m_changed.notify_all();
                appender.append(runId, batch);
                batch.steps.clear();
                batch.values.clear();
                batch.times.clear();
                std::lock_guard lock(m_mutex);
                m_spares.push_back(std::move(batch));
            }
            if (m_last)
                m_last(runId);
        });
    } catch (const Aborted&) {
        // rolled back on request: nothing to report
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

} // namespace runlens
