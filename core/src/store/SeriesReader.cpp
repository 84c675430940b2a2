#include "store/SeriesReader.h"

#include "store/ChunkCheck.h"
#include "store/ChunkCodec.h"
#include "store/Database.h"

#include <algorithm>
#include <numeric>

namespace runlens {

SeriesData SeriesReader::all(std::int64_t seriesId, bool withTimes)
{
    SeriesData out;
    m_db.read([&] {
        auto& count = m_db.prepare("SELECT count FROM series WHERE id = ?");
        count.bind(1, seriesId);
        if (count.step()) {
            // Only a hint: a damaged store's count must not make reserve() throw or
            // take gigabytes; the chunks say how many points there really are.
            constexpr std::int64_t kMaxHint = std::int64_t(1) << 24;
            auto n = static_cast<std::size_t>(std::clamp<std::int64_t>(count.int64At(0), 0, kMaxHint));
            out.steps.reserve(n);
            out.values.reserve(n);
            if (withTimes)
                out.times.reserve(n);
        }
        count.reset();
        // Without times the query names only the first two blobs, so SQLite never
        // reads the pages of the third.
        auto& st = m_db.prepare(withTimes
            ? "SELECT seq, n, steps, vals, times FROM chunks WHERE series_id = ? ORDER BY seq"
            : "SELECT seq, n, steps, vals FROM chunks WHERE series_id = ? ORDER BY seq");
        st.bind(1, seriesId);
        while (st.step()) {
            auto n = withTimes ? ChunkCheck::points(m_db, seriesId, st, 0, 1, {2, 3, 4})
                               : ChunkCheck::points(m_db, seriesId, st, 0, 1, {2, 3});
            ChunkCodec::append(out.steps, st.blobAt(2), n);
            ChunkCodec::append(out.values, st.blobAt(3), n);
            if (withTimes)
                ChunkCodec::append(out.times, st.blobAt(4), n);
        }
        st.reset();
    });
    sortByStep(out);
    return out;
}

SeriesData SeriesReader::tail(std::int64_t seriesId, std::int64_t from)
{
    SeriesData out;
    m_db.read([&] {
        auto& st = m_db.prepare("SELECT seq, n, steps, vals, times FROM chunks WHERE series_id = ? ORDER BY seq");
        st.bind(1, seriesId);
        std::int64_t seen = 0;
        while (st.step()) {
            auto n = static_cast<std::int64_t>(ChunkCheck::points(m_db, seriesId, st, 0, 1, {2, 3, 4}));
            if (seen + n > from) {
                auto skip = static_cast<std::size_t>(std::max<std::int64_t>(0, from - seen));
                auto count = static_cast<std::size_t>(n) - skip;
                auto at = [&](int col, std::size_t width) {
                    return static_cast<const char*>(st.blobAt(col)) + skip * width;
                };
                ChunkCodec::append(out.steps, at(2, 8), count);
                ChunkCodec::append(out.values, at(3, 8), count);
                ChunkCodec::append(out.times, at(4, 8), count);
            }
            seen += n;
        }
        st.reset();
    });
    return out;
}

void SeriesReader::sortByStep(SeriesData& d)
{
    if (std::is_sorted(d.steps.begin(), d.steps.end()))
        return;
    std::vector<std::size_t> order(d.steps.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return d.steps[a] < d.steps[b]; });
    auto permute = [&](auto& v) {
        if (v.empty())
            return;
        auto copy = v;
        for (std::size_t i = 0; i < order.size(); ++i)
            v[i] = copy[order[i]];
    };
    permute(d.steps);
    permute(d.values);
    permute(d.times);
}

} // namespace runlens
