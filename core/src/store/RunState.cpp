#include "store/RunState.h"

#include "store/Database.h"
#include "store/RunWriter.h"
#include "store/SeriesAppender.h"
#include "runlens/model/StoreError.h"
#include "runlens/model/TextRules.h"

#include <chrono>
#include <ctime>
#include <cstdio>

namespace runlens {

namespace {
// Flush early when this many points wait, so a fast logger's memory stays bounded.
constexpr std::size_t kEagerFlushPoints = 1u << 16;
constexpr auto kFlushInterval = std::chrono::milliseconds(1000);

double wallNow()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

// Per-point wall time from the coarse clock: a few milliseconds of resolution is plenty
// for a learning curve's time axis and costs a quarter of the precise clock.
double pointTime()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME_COARSE, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
}

RunState::RunState(std::shared_ptr<Database> database, std::int64_t id, std::string runUuid,
                   std::string runName, std::string experimentName)
    : db(std::move(database)), runId(id), uuid(std::move(runUuid)), name(std::move(runName)),
      experiment(std::move(experimentName))
{
    m_lastHeartbeat = wallNow();
    m_flusher = std::thread([this] { flusherLoop(); });
}

RunState::~RunState() { stopFlusher(); }

SeriesBuffer& RunState::buffer(std::string_view key, std::string_view slice)
{
    if (slice.empty()) {
        auto it = m_overall.find(key);
        if (it != m_overall.end())
            return it->second;
        TextRules::checkKey("metric key", key);
        auto& b = m_overall[std::string(key)];
        b.key = std::string(key);
        return b;
    }
    std::string composite;
    composite.reserve(key.size() + slice.size() + 1);
    composite.append(key).append(1, '\x1f').append(slice);
    auto it = m_sliced.find(composite);
    if (it != m_sliced.end())
        return it->second;
    TextRules::checkKey("metric key", key);
    TextRules::checkKey("slice", slice);
    auto& b = m_sliced[composite];
    b.key = std::string(key);
    b.slice = std::string(slice);
    return b;
}

void RunState::log(std::string_view key, double value, const std::int64_t* step, std::string_view slice)
{
    double t = pointTime();
    bool wake = false;
    {
        std::lock_guard lock(m_bufferMutex);
        if (m_finished.load(std::memory_order_relaxed))
            throw StoreError(StoreError::Kind::InvalidInput, "run '" + name + "' is finished; nothing was logged");
        // Training loops log the same key again and again: remember the last buffer.
        SeriesBuffer* b = m_last;
        if (!b || b->key != key || b->slice != slice)
            b = m_last = &buffer(key, slice);
        std::int64_t s = step ? *step : b->nextStep;
        if (s >= b->nextStep)
            b->nextStep = s + 1;
        b->steps.push_back(s);
        b->values.push_back(value);
        b->times.push_back(t);
        wake = ++m_pending == kEagerFlushPoints;
    }
    if (wake) {
        std::lock_guard lock(m_wakeMutex);
        m_flushSoon = true;
        m_wake.notify_one();
    }
}

std::vector<PointBatch> RunState::takeBuffers()
{
    std::vector<PointBatch> out;
    std::lock_guard lock(m_bufferMutex);
    auto take = [&](SeriesBuffer& b) {
        if (b.steps.empty())
            return;
        PointBatch batch{b.key, b.slice, std::move(b.steps), std::move(b.values), std::move(b.times)};
        b.steps = {};
        b.values = {};
        b.times = {};
        out.push_back(std::move(batch));
    };
    for (auto& [k, b] : m_overall)
        take(b);
    for (auto& [k, b] : m_sliced)
        take(b);
    m_pending = 0;
    return out;
}

void RunState::writeBatches(std::vector<PointBatch>& batches)
{
    double now = wallNow();
    bool beat = now - m_lastHeartbeat >= 1.0;
    if (batches.empty() && !beat)
        return;
    db->write([&] {
        SeriesAppender appender(*db);
        for (const auto& b : batches)
            appender.append(runId, b);
        RunWriter(*db).heartbeat(runId, now);
    });
    m_lastHeartbeat = now;
}

void RunState::flush()
{
    std::lock_guard lock(m_flushMutex);
    auto fresh = takeBuffers();
    // Failed batches go first so every series keeps its log order.
    for (auto& b : fresh)
        m_unwritten.push_back(std::move(b));
    writeBatches(m_unwritten); // throws: the batches stay for the next attempt
    m_unwritten.clear();
}

void RunState::flusherLoop()
{
    std::unique_lock lock(m_wakeMutex);
    while (!m_stop) {
        m_wake.wait_for(lock, kFlushInterval, [this] { return m_stop || m_flushSoon; });
        if (m_stop)
            break;
        m_flushSoon = false;
        lock.unlock();
        try {
            flush();
            if (m_failingSince > 0)
                std::fprintf(stderr, "runlens: run '%s' is written again; no point was lost\n", name.c_str());
            m_failingSince = 0;
        } catch (const std::exception& e) {
            // Kept for the next flush; the user sees the error at flush()/finish(). Said
            // when it starts and then once a minute: a team store's server may be away
            // for a while, and a line a second would bury the training's own output.
            double now = wallNow();
            if (m_failingSince == 0)
                m_failingSince = now;
            if (m_lastComplaint < m_failingSince || now - m_lastComplaint >= 60) {
                std::fprintf(stderr, "runlens: could not write run '%s' for %.0f s (its points are kept): %s\n",
                             name.c_str(), now - m_failingSince, e.what());
                m_lastComplaint = now;
            }
        }
        lock.lock();
    }
}

void RunState::stopFlusher()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_stop = true;
        m_wake.notify_one();
    }
    if (m_flusher.joinable())
        m_flusher.join();
}

void RunState::finish(RunStatus status)
{
    if (m_finished.load())
        return;
    stopFlusher();
    flush();
    RunWriter(*db).finish(runId, status, wallNow());
    m_finished = true;
}

} // namespace runlens
