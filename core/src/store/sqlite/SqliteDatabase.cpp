#include "store/sqlite/SqliteDatabase.h"

#include "store/sqlite/SqliteErrors.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace runlens {

namespace {
// busy_timeout covers ordinary waits; the retry loop covers the rest (a checkpoint, a
// writer that holds the lock for long) for at least a minute before giving up.
constexpr int kBusyTimeoutMs = 10000;
constexpr auto kRetryBudget = std::chrono::seconds(60);

// A reader must not create the store's -wal and -shm files: they would belong to the
// reader, and in a shared folder the owner could then no longer write ("read-only");
// on read-only media they cannot be created at all. When there is no -wal file, no
// connection has the store open and every change is in the main file, so a reader
// that is not the owner, or cannot write the folder, opens it immutable: no locks and
// no side files (docs/storage-format.md: a writer starting during such a read may
// make that read fail, never the writer). With a -wal file the reader uses the
// writer's files as they are.
bool readImmutable(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::exists(path + "-wal", ec))
        return false;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return false;
    std::string dir = std::filesystem::path(path).parent_path().string();
    return st.st_uid != ::geteuid() || ::access(dir.empty() ? "." : dir.c_str(), W_OK) != 0;
}

// An SQLite file: URI (https://sqlite.org/uri.html) for path.
std::string fileUri(const std::string& path, const char* query)
{
    std::string out = "file:";
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x21 || c >= 0x7f) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "?" + query;
}
} // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, bool readOnly) : Database(path, readOnly)
{
    int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    flags |= SQLITE_OPEN_NOMUTEX; // our own mutex serialises the connection
    std::string target = path;
    if (readOnly && readImmutable(path)) {
        target = fileUri(std::filesystem::absolute(path).string(), "immutable=1");
        flags |= SQLITE_OPEN_URI;
    }
    int rc = sqlite3_open_v2(target.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError err = sqliteError(m_db, rc, "opening " + path);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(err.kind(), std::string("cannot open store '") + path + "': " + err.what());
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
}

SqliteDatabase::~SqliteDatabase()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::exec(const std::string& sql)
{
    char* msg = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &msg);
    if (msg)
        sqlite3_free(msg);
    if (rc != SQLITE_OK)
        throw sqliteError(m_db, rc, sql.substr(0, 80));
}

Statement& SqliteDatabase::prepare(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<SqliteStatement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

std::int64_t SqliteDatabase::pragmaInt(const std::string& name)
{
    SqliteStatement st(m_db, "PRAGMA " + name);
    return st.step() ? st.int64At(0) : 0;
}

int SqliteDatabase::changes() const { return sqlite3_changes(m_db); }

void SqliteDatabase::beginWithRetry(const char* sql)
{
    auto deadline = std::chrono::steady_clock::now() + kRetryBudget;
    auto pause = std::chrono::milliseconds(5);
    for (;;) {
        int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        if (!isBusy(rc) || std::chrono::steady_clock::now() > deadline)
            throw sqliteError(m_db, rc, sql);
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(200));
    }
}

void SqliteDatabase::commitWithRetry()
{
    auto deadline = std::chrono::steady_clock::now() + kRetryBudget;
    for (;;) {
        int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        if (!isBusy(rc) || std::chrono::steady_clock::now() > deadline)
            throw sqliteError(m_db, rc, "COMMIT");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void SqliteDatabase::begin(bool forWrite)
{
    // IMMEDIATE: take the write lock now, where waiting is retried, rather than at the
    // first write inside fn, where SQLITE_BUSY could not be retried.
    beginWithRetry(forWrite ? "BEGIN IMMEDIATE" : "BEGIN");
}

void SqliteDatabase::commit(bool forWrite)
{
    if (forWrite)
        commitWithRetry();
    else
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

// A statement left mid-step by the exception (a damaged chunk found while reading)
// would keep the read transaction, and its old snapshot, open past the ROLLBACK:
// later reads would not see other writers' changes. Reset them all first.
void SqliteDatabase::rollback()
{
    for (auto& [sql, statement] : m_cache)
        statement->reset();
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace runlens
