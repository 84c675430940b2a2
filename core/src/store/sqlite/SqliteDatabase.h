#pragma once

#include "store/Database.h"
#include "store/sqlite/SqliteStatement.h"

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace runlens {

// One SQLite connection with the store's pragmas, a cache of prepared statements and
// transactions that retry while other processes hold the write lock: "database is
// locked" must never reach user code (DESIGN.md, reliability rules).
class SqliteDatabase final : public Database {
public:
    SqliteDatabase(const std::string& path, bool readOnly);
    ~SqliteDatabase() override;

    StoreEngine engine() const override { return StoreEngine::Sqlite; }
    sqlite3* handle() const { return m_db; }

    void exec(const std::string& sql) override;
    Statement& prepare(const std::string& sql) override;
    int changes() const override;
    ParamValueSql paramValue() const override { return {"value", "?", "value = excluded.value", 1}; }

    int prepareSchema() override;
    int inspectSchema() override;
    int schemaVersion() override { return static_cast<int>(pragmaInt("user_version")); }
    // PRAGMA data_version: changes when another connection commits.
    std::int64_t changeCounter() override { return pragmaInt("data_version"); }

    std::int64_t pragmaInt(const std::string& name);

protected:
    void begin(bool forWrite) override;
    void commit(bool forWrite) override;
    void rollback() override;

private:
    void beginWithRetry(const char* sql);
    void commitWithRetry();

    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<SqliteStatement>> m_cache;
};

} // namespace runlens
