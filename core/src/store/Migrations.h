#pragma once

#include <string>
#include <vector>

namespace runlens {

enum class StoreEngine;

// One schema step: file NNNN_name.sql brings the store to schema version NNNN.
struct Migration {
    std::string fileName;
    std::string sql;
};

// All migrations of one engine in order; the newest schema version is their count.
// Both folders hold the same numbers (tests/python/test_pg_schema.py).
const std::vector<Migration>& migrations(StoreEngine engine);

} // namespace runlens
