#pragma once

#include "store/Database.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

struct pg_conn;
struct pg_result;

namespace runlens {

class PgStatement;

// One libpq connection to a store kept in a PostgreSQL schema (the connection's
// current schema; docs/storage-format.md, "PostgreSQL form").
//
// The location is a postgresql:// or postgres:// URL, which may name a service file
// entry (?service=lab) or carry sslmode and the like: libpq reads it, and passwords
// come from ~/.pgpass or the service file. path() is the URL without any password.
//
// Transactions run at READ COMMITTED for writes and REPEATABLE READ READ ONLY for
// reads (one snapshot, as SQLite's read transaction). A transaction the server asks to
// retry (serialization failure, deadlock) runs again; a dropped connection is
// re-established and the transaction run again, for up to kReconnectBudget for a write,
// after which the caller gets StoreError(Connection) and may try later (a run keeps its
// points for the next flush); a read tries one reconnect only, so a window polling the
// store never freezes while the server is away.
class PgDatabase final : public Database {
public:
    static constexpr auto kReconnectBudget = std::chrono::seconds(15);
    static constexpr auto kRetryBudget = std::chrono::seconds(60);

    PgDatabase(const std::string& url, bool readOnly);
    ~PgDatabase() override;

    StoreEngine engine() const override { return StoreEngine::PostgreSql; }

    void exec(const std::string& sql) override;
    Statement& prepare(const std::string& sql) override;
    int changes() const override { return m_changes; }
    ParamValueSql paramValue() const override
    {
        return {"value, value_kind", "?, ?", "value = excluded.value, value_kind = excluded.value_kind", 2};
    }

    int prepareSchema() override;
    int inspectSchema() override;
    int schemaVersion() override;
    // last_value of the runlens_changes sequence, which every writing statement bumps.
    std::int64_t changeCounter() override;

    int notificationSocket() override;
    bool takeNotifications() override;

    // From now on refuses writes (a viewer's store), as if opened read-only.
    void becomeReadOnly();

    // Whether the signed-in role may write this store (INSERT on runs, or CREATE in an
    // empty schema, where the first writer creates the store).
    bool mayWrite();
    // The socket LISTEN/NOTIFY arrives on; -1 while disconnected.
    int socket() const;

    // For PgStatement.
    pg_conn* handle() const { return m_conn; }
    std::uint64_t generation() const { return m_generation; }
    std::string nextStatementName() { return "rl" + std::to_string(++m_statementNames); }
    void setChanges(int n) { m_changes = n; }
    // The one-line message for a failed command; never contains a password.
    [[noreturn]] void fail(pg_result* result, const std::string& context);

protected:
    void begin(bool forWrite) override;
    void commit(bool forWrite) override;
    void rollback() override;
    bool mayRetry(const StoreError& e, int attempt) override;

private:
    void connectNow();
    // The store's version in the current schema (0: empty); refuses a foreign or newer
    // one. Call inside a transaction.
    int readVersion();
    void migrate();
    bool reconnect();
    void command(const char* sql);
    std::string where() const;

    std::string m_url; // as given: may hold a password, so never shown
    pg_conn* m_conn = nullptr;
    std::map<std::string, std::unique_ptr<PgStatement>> m_cache;
    int m_changes = 0;
    std::uint64_t m_generation = 0;
    std::uint64_t m_statementNames = 0;
    std::chrono::steady_clock::time_point m_firstFailure;
    std::string m_schema;            // the store's schema: the payload of its notifications
    std::uint64_t m_listening = 0;   // the generation LISTEN was sent on (0: not asked)
    bool m_writing = false;          // the transaction under way writes
};

} // namespace runlens
