#pragma once

#include <string>
#include <vector>

namespace runlens {

// One schema step: file NNNN_name.sql brings the store to user_version NNNN.
struct Migration {
    std::string fileName;
    std::string sql;
};

// All migrations in order; the newest schema version is migrations().size().
const std::vector<Migration>& migrations();

} // namespace runlens
