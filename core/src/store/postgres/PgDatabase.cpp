#include "store/postgres/PgDatabase.h"

#include "store/postgres/PgErrors.h"
#include "store/postgres/PgStatement.h"
#include "runlens/model/StoreError.h"
#include "runlens/store/StorePath.h"

#include <libpq-fe.h>

#include <thread>

namespace runlens {

namespace {
// Server NOTICEs (a migration's "relation already exists, skipping") are not for users.
void ignoreNotice(void*, const char*) {}
}

PgDatabase::PgDatabase(const std::string& url, bool readOnly) : Database(StorePath::redacted(url), readOnly), m_url(url)
{
    connectNow();
}

PgDatabase::~PgDatabase()
{
    m_cache.clear();
    if (m_conn)
        PQfinish(m_conn);
}

std::string PgDatabase::where() const { return "the PostgreSQL store '" + m_path + "'"; }

void PgDatabase::connectNow()
{
    // The URL is passed as dbname with expand_dbname: libpq parses it (service files,
    // sslmode, .pgpass) and later keywords only fill what it leaves open.
    const char* keys[] = {"dbname", "fallback_application_name", "client_encoding", "connect_timeout", nullptr};
    const char* values[] = {m_url.c_str(), "runlens", "UTF8", "10", nullptr};
    PGconn* conn = PQconnectdbParams(keys, values, 1);
    if (!conn)
        throw StoreError(StoreError::Kind::Connection, "cannot connect to " + where() + ": out of memory");
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string why = pgConnectionMessage(conn);
        PQfinish(conn);
        throw StoreError(StoreError::Kind::Connection, "cannot connect to " + where() + ": " + why);
    }
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    if (m_conn)
        PQfinish(m_conn);
    m_conn = conn;
    ++m_generation; // prepared statements died with the old session
    if (m_readOnly)
        command("SET default_transaction_read_only = on");
}

bool PgDatabase::reconnect()
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    ++m_generation;
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    if (m_readOnly)
        command("SET default_transaction_read_only = on");
    return true;
}

void PgDatabase::becomeReadOnly()
{
    m_readOnly = true;
    command("SET default_transaction_read_only = on");
}

int PgDatabase::socket() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK ? PQsocket(m_conn) : -1; }

void PgDatabase::command(const char* sql)
{
    PGresult* r = PQexec(m_conn, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        fail(r, sql);
    PQclear(r);
}

void PgDatabase::exec(const std::string& sql)
{
    // The simple query protocol: a migration file's many statements in one call, run
    // inside the current transaction.
    PGresult* r = PQexec(m_conn, sql.c_str());
    ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        fail(r, sql.substr(0, 80));
    PQclear(r);
}

Statement& PgDatabase::prepare(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<PgStatement>(*this, sql)).first;
    it->second->reset();
    return *it->second;
}

void PgDatabase::fail(PGresult* result, const std::string& context)
{
    StoreError e = pgError(m_conn, result, where(), context);
    PQclear(result);
    throw e;
}

void PgDatabase::begin(bool forWrite)
{
    m_writing = forWrite;
    if (PQstatus(m_conn) != CONNECTION_OK && !reconnect())
        throw StoreError(StoreError::Kind::Connection,
                         "lost the connection to " + where() + " and could not reconnect: " + pgConnectionMessage(m_conn));
    // Writes at READ COMMITTED: each statement sees what other writers committed, and
    // ON CONFLICT settles two writers creating the same experiment or series. Reads in
    // one snapshot, like SQLite's read transaction.
    command(forWrite ? "BEGIN ISOLATION LEVEL READ COMMITTED"
                     : "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
}

void PgDatabase::commit(bool)
{
    command("COMMIT");
    m_firstFailure = {};
}

void PgDatabase::rollback()
{
    for (auto& [sql, statement] : m_cache)
        statement->reset();
    if (PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

bool PgDatabase::mayRetry(const StoreError& e, int attempt)
{
    auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        m_firstFailure = now;
    if (e.kind() == StoreError::Kind::Busy) {
        // Serialization failure or deadlock: the server rolled back one side; run it again.
        if (now - m_firstFailure > kRetryBudget)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(5 << std::min(attempt, 6), 200)));
        return true;
    }
    if (e.kind() != StoreError::Kind::Connection || PQstatus(m_conn) == CONNECTION_OK)
        return false;
    // A read (the app's poll, a view) tries one reconnect and otherwise fails at once:
    // the window must not freeze while the server is away, and the next poll tries again.
    if (!m_writing)
        return attempt == 0 && reconnect();
    // The server went away (a restart, a network drop): reconnect and run the
    // transaction again; nothing of the failed one was committed... unless the
    // connection dropped while COMMIT itself was in flight, which no client can know.
    auto pause = std::chrono::milliseconds(100);
    while (std::chrono::steady_clock::now() - m_firstFailure < kReconnectBudget) {
        if (reconnect())
            return true;
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(1000));
    }
    return false;
}

int PgDatabase::notificationSocket()
{
    std::lock_guard lock(mutex());
    if (PQstatus(m_conn) != CONNECTION_OK)
        return -1;
    if (m_listening != m_generation) {
        // Once per session: a reconnect forgets it. Outside a transaction, so it takes
        // effect at once; notifications of every store of the database arrive and the
        // payload (the schema) tells ours apart.
        try {
            command("LISTEN runlens_changes");
            auto& st = prepare("SELECT current_schema()");
            m_schema = st.step() ? st.textAt(0) : std::string();
            st.reset();
        } catch (const StoreError&) {
            return -1; // the poll of changeCounter() still notices changes
        }
        m_listening = m_generation;
    }
    return PQsocket(m_conn);
}

bool PgDatabase::takeNotifications()
{
    std::lock_guard lock(mutex());
    if (PQstatus(m_conn) != CONNECTION_OK || !PQconsumeInput(m_conn))
        return false;
    bool ours = false;
    while (PGnotify* n = PQnotifies(m_conn)) {
        ours = ours || (n->extra && m_schema == n->extra);
        PQfreemem(n);
    }
    return ours;
}

int PgDatabase::schemaVersion()
{
    int version = 0;
    read([&] { version = readVersion(); });
    return version;
}

std::int64_t PgDatabase::changeCounter()
{
    std::lock_guard lock(mutex());
    std::int64_t value = 0;
    read([&] {
        auto& st = prepare("SELECT last_value FROM runlens_changes");
        if (st.step())
            value = st.int64At(0);
        st.reset();
    });
    return value;
}

bool PgDatabase::mayWrite()
{
    bool may = false;
    read([&] {
        // A store's writer may insert runs; on an empty schema, may create the tables.
        auto& st = prepare("SELECT CASE WHEN to_regclass('runs') IS NULL "
                           "THEN has_schema_privilege(current_schema(), 'CREATE') "
                           "ELSE has_table_privilege(to_regclass('runs'), 'INSERT') END");
        may = st.step() && st.int64At(0) != 0;
        st.reset();
    });
    return may;
}

} // namespace runlens
