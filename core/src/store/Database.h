#pragma once

#include "store/Statement.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace runlens {

class StoreError;

enum class StoreEngine { Sqlite, PostgreSql };

// How a param value is kept: SQLite has one untyped column, PostgreSQL keeps its text
// and its kind (docs/storage-format.md, "PostgreSQL form"). SQL that reads or writes
// params splices these fixed fragments in; user text is bound, never spliced.
struct ParamValueSql {
    const char* columns;      // after "INSERT INTO params(run_id, key, " / in a SELECT, with prefix
    const char* placeholders; // in VALUES (...)
    const char* upsert;       // in ON CONFLICT ... DO UPDATE SET
    int width;                // columns a value takes in a result row

    // The value's columns of table alias `table`, for a SELECT list.
    std::string of(const std::string& table) const
    {
        return width == 1 ? table + ".value" : table + ".value, " + table + ".value_kind";
    }
};

// One connection to a store, of either engine: SQLite (a file) or PostgreSQL (a
// schema of a server's database). Core classes write their SQL once against this
// interface; what differs per engine (transactions, pragmas or meta rows, the schema
// migrator, change counting, param columns) lives in the two subclasses.
//
// Transactions: write() and read() run fn in one transaction; nested calls join the
// outer one. Errors the engine asks to retry never reach user code: SQLite's lock waits
// and PostgreSQL's serialization failures, deadlocks and dropped connections are
// retried for at least a minute (DESIGN.md, reliability rules). On PostgreSQL a retry
// runs fn again from the start, so fn must only change memory after it has returned.
class Database {
public:
    virtual ~Database() = default;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A file path, or a postgresql:// URL; a URL with a scheme Runlens does not know is
    // refused (StoreError::File) before anything is created.
    static std::shared_ptr<Database> connect(const std::string& location, bool readOnly);

    virtual StoreEngine engine() const = 0;
    bool isReadOnly() const { return m_readOnly; }
    // What messages name: the file path, or the URL without its password.
    const std::string& path() const { return m_path; }

    virtual void exec(const std::string& sql) = 0;
    // A cached prepared statement; valid until the Database dies. Reset before use.
    virtual Statement& prepare(const std::string& sql) = 0;
    // Rows changed by the last statement.
    virtual int changes() const = 0;
    virtual ParamValueSql paramValue() const = 0;

    // Checks the store's identity and version and, for a writer, migrates it to the
    // latest version; refuses a newer or foreign store without changing it.
    virtual int prepareSchema() = 0;
    // The version of a store that is only read as it is (a sync source); may be older.
    virtual int inspectSchema() = 0;
    // The version the store has now (0 for an empty one).
    virtual int schemaVersion() = 0;
    // Grows with every commit of any connection: what live views poll.
    virtual std::int64_t changeCounter() = 0;
    // A socket that becomes readable when another connection commits a change (the
    // PostgreSQL engine's LISTEN/NOTIFY), or -1: poll changeCounter() instead. It may
    // change after a reconnect, so ask again after each takeNotifications().
    virtual int notificationSocket() { return -1; }
    // Reads what arrived on notificationSocket(); true if it told of a change to this
    // store. Never blocks.
    virtual bool takeNotifications() { return false; }

    void write(const std::function<void()>& fn);
    void read(const std::function<void()>& fn);

    // Serialises use of the connection across threads (the run flushers, the app).
    std::recursive_mutex& mutex() { return m_mutex; }

protected:
    Database(std::string path, bool readOnly) : m_path(std::move(path)), m_readOnly(readOnly) {}

    virtual void begin(bool forWrite) = 0;
    virtual void commit(bool forWrite) = 0;
    // Ends a failed transaction; never throws.
    virtual void rollback() = 0;
    // Whether a transaction that failed with e may run again from its start.
    virtual bool mayRetry(const StoreError& e, int attempt);

    std::string m_path;
    bool m_readOnly;

private:
    void transaction(bool forWrite, const std::function<void()>& fn);

    std::recursive_mutex m_mutex;
    int m_depth = 0; // nested write()/read() join the outer transaction
};

} // namespace runlens
