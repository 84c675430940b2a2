#pragma once

#include <libpq-fe.h>

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>

// The throwaway PostgreSQL cluster of one test process, for suites CTest also runs with
// RUNLENS_TEST_ENGINE=postgresql (tests/CMakeLists.txt): started on first use through
// tests/support/pg_cluster.py (initdb as an unprivileged user, a Unix socket, fsync
// off; ~3 s), stopped and removed when the process ends, by its watchdog even when the
// process is killed. Each TempStore takes a schema of its own.
class PgTestCluster {
public:
    static bool wanted()
    {
        const char* engine = std::getenv("RUNLENS_TEST_ENGINE");
        return engine && std::string(engine) == "postgresql";
    }

    // Thrown by shared() where the PostgreSQL server binaries are not installed.
    struct Absent : std::runtime_error {
        Absent() : std::runtime_error("PostgreSQL server binaries not found (apt-get install postgresql)") {}
    };

    static PgTestCluster& shared()
    {
        static PgTestCluster cluster;
        return cluster;
    }

    // A postgresql:// store location in a fresh, empty schema.
    std::string freshStore() { return m_url + "&options=-c%20search_path%3D" + freshSchema(); }

    // CREATE SCHEMA with a new name; returns the name.
    std::string freshSchema()
    {
        std::string schema = "t" + std::to_string(++m_schemas);
        admin("CREATE SCHEMA " + schema);
        return schema;
    }

    const std::string& url() const { return m_url; }
    const std::string& conninfo() const { return m_conninfo; }

    // Runs an SQL command as the superuser (roles, grants, a schema of one's own).
    void admin(const std::string& sql) const
    {
        PGconn* conn = PQconnectdb(m_conninfo.c_str());
        PGresult* r = PQexec(conn, sql.c_str());
        bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        std::string why = PQerrorMessage(conn);
        PQclear(r);
        PQfinish(conn);
        if (!ok)
            throw std::runtime_error("admin command failed: " + sql + ": " + why);
    }

    // The first cell of a query's result, as text ("" when there is no row).
    std::string scalar(const std::string& sql) const
    {
        PGconn* conn = PQconnectdb(m_conninfo.c_str());
        PGresult* r = PQexec(conn, sql.c_str());
        bool ok = PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
        std::string value = ok && PQntuples(r) > 0 ? PQgetvalue(r, 0, 0) : "";
        std::string why = PQerrorMessage(conn);
        PQclear(r);
        PQfinish(conn);
        if (!ok)
            throw std::runtime_error("query failed: " + sql + ": " + why);
        return value;
    }

    // The store location of schema as another role (which must be able to log in).
    std::string storeAs(const std::string& role, const std::string& schema) const
    {
        std::string url = m_url;
        url.replace(url.find("postgres@"), 9, role + "@");
        return url + "&options=-c%20search_path%3D" + schema;
    }

    // pg_ctl restart: every connection drops; the data stays.
    void restart() const { helper({"restart", QString::fromStdString(m_dir)}); }
    // The server away for a while, and back: the data stays.
    void stopServer() const { helper({"stop-server", QString::fromStdString(m_dir)}); }
    void startServer() const { helper({"start-server", QString::fromStdString(m_dir)}); }

    ~PgTestCluster()
    {
        if (!m_dir.empty())
            helper({"stop", QString::fromStdString(m_dir)});
    }

private:
    PgTestCluster()
    {
        QByteArray out = helper({"start", "--watch-pid", QString::number(::getpid())});
        for (const QByteArray& line : out.split('\n')) {
            auto take = [&](const char* key, std::string& into) {
                if (line.startsWith(key))
                    into = line.mid(static_cast<int>(std::string(key).size())).toStdString();
            };
            take("dir=", m_dir);
            take("conninfo=", m_conninfo);
            take("url=", m_url);
        }
        if (m_url.empty())
            throw std::runtime_error("the test cluster did not start: " + out.toStdString());
    }

    static QByteArray helper(const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QString script = qEnvironmentVariable("RUNLENS_SOURCE_DIR") + "/tests/support/pg_cluster.py";
        p.start("/usr/bin/python3", QStringList{script} + args);
        p.waitForFinished(120000);
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 77)
            throw Absent();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            throw std::runtime_error("tests/support/pg_cluster.py " + args.join(' ').toStdString() + " failed");
        return p.readAllStandardOutput();
    }

    std::string m_dir, m_conninfo, m_url;
    int m_schemas = 0;
};
