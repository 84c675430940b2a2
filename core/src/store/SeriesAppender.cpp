#include "store/SeriesAppender.h"

#include "store/ChunkCheck.h"
#include "store/ChunkCodec.h"
#include "store/Database.h"

#include <algorithm>
#include <cmath>

namespace runlens {

void SeriesAppender::append(std::int64_t runId, const PointBatch& batch)
{
    if (batch.size() == 0)
        return;
    SeriesSummary summary = loadSeries(runId, batch);
    if (m_db.engine() == StoreEngine::PostgreSql) {
        appendWithoutRewrite(summary.seriesId, batch);
    } else {
        std::int64_t nextSeq = 0;
        std::size_t used = fillLastChunk(summary.seriesId, batch, nextSeq);
        insertChunks(summary.seriesId, batch, used, nextSeq);
    }
    mergeSummary(summary, batch);
    saveSummary(summary);
}

SeriesSummary SeriesAppender::loadSeries(std::int64_t runId, const PointBatch& batch)
{
    m_db.prepare("INSERT INTO series(run_id, key, slice) VALUES (?, ?, ?) "
                 "ON CONFLICT(run_id, key, slice) DO NOTHING")
        .bind(1, runId).bind(2, batch.key).bind(3, batch.slice).run();
    auto& st = m_db.prepare("SELECT id, count, first_step, last_step, last_value, last_time, "
                            "min_value, max_value FROM series WHERE run_id = ? AND key = ? AND slice = ?");
    st.bind(1, runId).bind(2, batch.key).bind(3, batch.slice);
    st.step();
    SeriesSummary s;
    s.seriesId = st.int64At(0);
    s.count = st.int64At(1);
    s.firstStep = st.int64At(2);
    s.lastStep = st.int64At(3);
    s.lastValue = st.doubleAt(4);
    s.lastTime = st.doubleAt(5);
    s.minValue = st.doubleAt(6);
    s.maxValue = st.doubleAt(7);
    st.reset();
    return s;
}

std::size_t SeriesAppender::fillLastChunk(std::int64_t seriesId, const PointBatch& batch, std::int64_t& nextSeq)
{
    auto& last = m_db.prepare("SELECT seq, n, steps, vals, times FROM chunks WHERE series_id = ? "
                              "ORDER BY seq DESC LIMIT 1");
    last.bind(1, seriesId);
    if (!last.step()) {
        last.reset();
        nextSeq = 0;
        return 0;
    }
    std::int64_t seq = last.int64At(0);
    // A damaged last chunk stops the write (nothing is written) instead of being merged.
    auto n = ChunkCheck::points(m_db, seriesId, last, 0, 1, {2, 3, 4});
    nextSeq = seq + 1;
    if (n >= ChunkCodec::kMaxPoints) {
        last.reset();
        return 0;
    }
    std::size_t take = std::min(ChunkCodec::kMaxPoints - n, batch.size());
    PointBatch merged;
    ChunkCodec::append(merged.steps, last.blobAt(2), n);
    ChunkCodec::append(merged.values, last.blobAt(3), n);
    ChunkCodec::append(merged.times, last.blobAt(4), n);
    last.reset();
    merged.steps.insert(merged.steps.end(), batch.steps.begin(), batch.steps.begin() + take);
    merged.values.insert(merged.values.end(), batch.values.begin(), batch.values.begin() + take);
    merged.times.insert(merged.times.end(), batch.times.begin(), batch.times.begin() + take);

    std::vector<std::int64_t> s1;
    std::vector<double> s2, s3;
    std::size_t total = merged.size();
    auto& upd = m_db.prepare("UPDATE chunks SET n = ?, steps = ?, vals = ?, times = ? "
                             "WHERE series_id = ? AND seq = ?");
    upd.bind(1, static_cast<std::int64_t>(total))
        .bindBlob(2, ChunkCodec::encode(merged.steps, 0, total, s1), total * 8)
        .bindBlob(3, ChunkCodec::encode(merged.values, 0, total, s2), total * 8)
        .bindBlob(4, ChunkCodec::encode(merged.times, 0, total, s3), total * 8)
        .bind(5, seriesId).bind(6, seq);
    upd.run();
    return take;
}

// PostgreSQL keeps the old version of an updated row until VACUUM, so filling the last
// chunk on every flush would leave a dead copy of it behind each time (measured: a
// 20 000-point series took 17 MB instead of 1 MB). Each flush adds its points as new
// chunks instead; once the small chunks at the end hold a full chunk's worth, they are
// merged into full ones, so every point is rewritten at most once.
void SeriesAppender::appendWithoutRewrite(std::int64_t seriesId, const PointBatch& batch)
{
    // The trailing chunks after the last full one (that full one comes first, for its seq).
    auto& tail = m_db.prepare("SELECT seq, n, steps, vals, times FROM chunks WHERE series_id = ?1 AND seq >= "
                              "coalesce((SELECT max(seq) FROM chunks WHERE series_id = ?1 AND n >= ?2), -1) ORDER BY seq");
    tail.bind(1, seriesId).bind(2, static_cast<std::int64_t>(ChunkCodec::kMaxPoints));
    PointBatch merged;
    std::int64_t firstSmall = -1, nextSeq = 0;
    while (tail.step()) {
        std::int64_t seq = tail.int64At(0);
        auto n = ChunkCheck::points(m_db, seriesId, tail, 0, 1, {2, 3, 4});
        nextSeq = seq + 1;
        if (n >= ChunkCodec::kMaxPoints)
            continue;
        if (firstSmall < 0)
            firstSmall = seq;
        ChunkCodec::append(merged.steps, tail.blobAt(2), n);
        ChunkCodec::append(merged.values, tail.blobAt(3), n);
        ChunkCodec::append(merged.times, tail.blobAt(4), n);
    }
    tail.reset();
    if (merged.size() + batch.size() < ChunkCodec::kMaxPoints) {
        insertChunks(seriesId, batch, 0, nextSeq);
        return;
    }
    if (firstSmall >= 0)
        m_db.prepare("DELETE FROM chunks WHERE series_id = ? AND seq >= ?").bind(1, seriesId).bind(2, firstSmall).run();
    merged.steps.insert(merged.steps.end(), batch.steps.begin(), batch.steps.end());
    merged.values.insert(merged.values.end(), batch.values.begin(), batch.values.end());
    merged.times.insert(merged.times.end(), batch.times.begin(), batch.times.end());
    insertChunks(seriesId, merged, 0, firstSmall >= 0 ? firstSmall : nextSeq);
}

void SeriesAppender::insertChunks(std::int64_t seriesId, const PointBatch& batch, std::size_t from, std::int64_t seq)
{
    auto& ins = m_db.prepare("INSERT INTO chunks(series_id, seq, n, steps, vals, times) VALUES (?, ?, ?, ?, ?, ?)");
    std::vector<std::int64_t> s1;
    std::vector<double> s2, s3;
    for (std::size_t i = from; i < batch.size(); i += ChunkCodec::kMaxPoints) {
        std::size_t n = std::min(ChunkCodec::kMaxPoints, batch.size() - i);
        ins.bind(1, seriesId).bind(2, seq++).bind(3, static_cast<std::int64_t>(n))
            .bindBlob(4, ChunkCodec::encode(batch.steps, i, n, s1), n * 8)
            .bindBlob(5, ChunkCodec::encode(batch.values, i, n, s2), n * 8)
            .bindBlob(6, ChunkCodec::encode(batch.times, i, n, s3), n * 8);
        ins.run();
    }
}

void SeriesAppender::mergeSummary(SeriesSummary& s, const PointBatch& batch)
{
    for (std::size_t i = 0; i < batch.size(); ++i) {
        std::int64_t step = batch.steps[i];
        double v = batch.values[i];
        if (s.count == 0 || step < s.firstStep)
            s.firstStep = step;
        // >=: among points at the largest step the newest one is the last value.
        if (s.count == 0 || step >= s.lastStep) {
            s.lastStep = step;
            s.lastValue = v;
        }
        if (!std::isnan(v)) {
            if (std::isnan(s.minValue) || v < s.minValue)
                s.minValue = v;
            if (std::isnan(s.maxValue) || v > s.maxValue)
                s.maxValue = v;
        }
        ++s.count;
    }
    s.lastTime = batch.times.back();
}

void SeriesAppender::saveSummary(const SeriesSummary& s)
{
    // NaN binds as NULL, which the format defines as "NaN" / "none".
    m_db.prepare("UPDATE series SET count = ?, first_step = ?, last_step = ?, last_value = ?, "
                 "last_time = ?, min_value = ?, max_value = ? WHERE id = ?")
        .bind(1, s.count).bind(2, s.firstStep).bind(3, s.lastStep).bind(4, s.lastValue)
        .bind(5, s.lastTime).bind(6, s.minValue).bind(7, s.maxValue).bind(8, s.seriesId)
        .run();
}

} // namespace runlens
