#pragma once

#include "PgTestCluster.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#include <stdexcept>
#include <string>

// A store in a fresh temporary folder, removed with the object: tests never touch the
// user's default store. Under RUNLENS_TEST_ENGINE=postgresql the store is a fresh schema
// of the process's throwaway PostgreSQL cluster instead, and the folder is still there
// for a test's other files.
class TempStore {
public:
    TempStore()
        : m_path(PgTestCluster::wanted() ? PgTestCluster::shared().freshStore()
                                         : (m_dir.path() + QStringLiteral("/runlens.db")).toStdString())
    {
    }
    const std::string& path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    static bool isPostgres() { return PgTestCluster::wanted(); }

    // One SQL statement on the store, outside Runlens (a test's way to look at rows or
    // damage them), on whichever engine keeps it; the first cell of its result as text.
    std::string sql(const std::string& statement) const
    {
        if (isPostgres())
            return PgTestCluster::shared().scalar("SET search_path TO " + schema() + "; " + statement);
        sqlite3* db = nullptr;
        sqlite3_open(m_path.c_str(), &db);
        sqlite3_stmt* st = nullptr;
        std::string out;
        if (sqlite3_prepare_v2(db, statement.c_str(), -1, &st, nullptr) != SQLITE_OK)
            out = "error: " + std::string(sqlite3_errmsg(db));
        else if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
            out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sqlite3_close(db);
        return out;
    }

private:
    // The schema of a PostgreSQL store: the search_path its URL sets.
    std::string schema() const
    {
        auto at = m_path.find("search_path%3D");
        if (at == std::string::npos)
            throw std::logic_error("not a test schema: " + m_path);
        return m_path.substr(at + 14);
    }

    QTemporaryDir m_dir;
    std::string m_path;
};
