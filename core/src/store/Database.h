#pragma once

#include "store/Statement.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

struct sqlite3;

namespace runlens {

// One SQLite connection with the store's pragmas, a cache of prepared statements and
// transactions that retry while other processes hold the write lock: "database is
// locked" must never reach user code (DESIGN.md, reliability rules).
class Database {
public:
    Database(const std::string& path, bool readOnly);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    const std::string& path() const { return m_path; }

    void exec(const std::string& sql);
    // A cached prepared statement; valid until the Database dies. Reset before use.
    Statement& prepare(const std::string& sql);
    std::int64_t pragmaInt(const std::string& name);
    std::int64_t lastInsertId() const;
    int changes() const;

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back if fn throws.
    void write(const std::function<void()>& fn);
    // Runs fn inside a read transaction, so every query in it sees one snapshot.
    void read(const std::function<void()>& fn);

    // Serialises use of the connection across threads (the run flushers, the app).
    std::recursive_mutex& mutex() { return m_mutex; }

private:
    void beginWithRetry(const char* sql);
    void commitWithRetry();
    void endAfterError();

    std::string m_path;
    bool m_readOnly;
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>> m_cache;
    std::recursive_mutex m_mutex;
    int m_depth = 0; // nested write()/read() join the outer transaction
};

} // namespace runlens
