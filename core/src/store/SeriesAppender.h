#pragma once

#include "runlens/model/RunRecord.h"
#include "store/PointBatch.h"

#include <cstdint>

namespace runlens {

class Database;

// Appends points to a series the way docs/storage-format.md prescribes: fill up the
// last chunk to 1024 points, then new chunks, and keep the summary row exact. Must be
// called inside a write transaction.
class SeriesAppender {
public:
    explicit SeriesAppender(Database& db) : m_db(db) {}

    void append(std::int64_t runId, const PointBatch& batch);

    // Folds a batch into a summary; public so tests and importers share one rule.
    static void mergeSummary(SeriesSummary& s, const PointBatch& batch);

private:
    SeriesSummary loadSeries(std::int64_t runId, const PointBatch& batch);
    std::size_t fillLastChunk(std::int64_t seriesId, const PointBatch& batch, std::int64_t& nextSeq);
    void appendWithoutRewrite(std::int64_t seriesId, const PointBatch& batch);
    void insertChunks(std::int64_t seriesId, const PointBatch& batch, std::size_t from, std::int64_t seq);
    void saveSummary(const SeriesSummary& s);

    Database& m_db;
};

} // namespace runlens
