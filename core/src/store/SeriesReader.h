#pragma once

#include "runlens/model/SeriesData.h"

#include <cstdint>

namespace runlens {

class Database;

// Reads the points of one series from its chunks.
class SeriesReader {
public:
    explicit SeriesReader(Database& db) : m_db(db) {}

    // All points, sorted by step (stable).
    SeriesData all(std::int64_t seriesId, bool withTimes);
    // Points after the first `from` in log order, with times.
    SeriesData tail(std::int64_t seriesId, std::int64_t from);

    static void sortByStep(SeriesData& data);

private:
    Database& m_db;
};

} // namespace runlens
