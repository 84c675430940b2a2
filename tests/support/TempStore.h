#pragma once

#include "PgTestCluster.h"

#include <QTemporaryDir>

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

private:
    QTemporaryDir m_dir;
    std::string m_path;
};
