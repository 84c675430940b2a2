#pragma once

#include "store/Statement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace runlens {

// A prepared SQLite statement (sqlite3_prepare_v3, kept for reuse).
class SqliteStatement final : public Statement {
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    using Statement::bind;
    Statement& bind(int index, std::int64_t v) override;
    Statement& bind(int index, double v) override;
    Statement& bind(int index, std::string_view v) override;
    Statement& bind(int index, const ParamValue& v) override;
    Statement& bindBlob(int index, const void* data, std::size_t size) override;
    Statement& bindNull(int index) override;

    bool step() override;
    void reset() override;

    bool isNull(int col) const override;
    std::int64_t int64At(int col) const override;
    double doubleAt(int col) const override;
    std::string textAt(int col) const override;
    ParamValue valueAt(int col) const override;
    const void* blobAt(int col) const override;
    int bytesAt(int col) const override;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace runlens
