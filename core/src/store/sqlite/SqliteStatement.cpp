#include "store/sqlite/SqliteStatement.h"

#include "store/sqlite/SqliteErrors.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace runlens {

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) : m_db(db)
{
    int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw sqliteError(db, rc, "preparing: " + std::string(sql.substr(0, 80)));
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

void SqliteStatement::fail(int rc) const
{
    throw sqliteError(m_db, rc, std::string(sqlite3_sql(m_stmt)).substr(0, 80));
}

Statement& SqliteStatement::bind(int index, std::int64_t v)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, v); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& SqliteStatement::bind(int index, double v)
{
    if (int rc = sqlite3_bind_double(m_stmt, index, v); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& SqliteStatement::bind(int index, std::string_view v)
{
    int rc = sqlite3_bind_text64(m_stmt, index, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& SqliteStatement::bind(int index, const ParamValue& v)
{
    if (v.isInteger())
        return bind(index, v.integer());
    if (v.isReal())
        return bind(index, v.real());
    return bind(index, std::string_view(v.text()));
}

Statement& SqliteStatement::bindBlob(int index, const void* data, std::size_t size)
{
    // SQLITE_STATIC: callers keep the bytes alive until step() has run.
    if (int rc = sqlite3_bind_blob64(m_stmt, index, size ? data : "", size, SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement& SqliteStatement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool SqliteStatement::step()
{
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    int err = rc;
    sqlite3_reset(m_stmt);
    fail(err);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::int64_t SqliteStatement::int64At(int col) const { return sqlite3_column_int64(m_stmt, col); }

double SqliteStatement::doubleAt(int col) const
{
    if (isNull(col))
        return std::numeric_limits<double>::quiet_NaN();
    return sqlite3_column_double(m_stmt, col);
}

std::string SqliteStatement::textAt(int col) const
{
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
}

ParamValue SqliteStatement::valueAt(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return ParamValue(int64At(col));
    case SQLITE_FLOAT: return ParamValue(doubleAt(col));
    case SQLITE_NULL: return ParamValue(std::numeric_limits<double>::quiet_NaN());
    default: return ParamValue(textAt(col));
    }
}

const void* SqliteStatement::blobAt(int col) const { return sqlite3_column_blob(m_stmt, col); }

int SqliteStatement::bytesAt(int col) const { return sqlite3_column_bytes(m_stmt, col); }

} // namespace runlens
