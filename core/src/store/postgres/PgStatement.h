#pragma once

#include "store/Statement.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

struct pg_result;

namespace runlens {

class PgDatabase;

// A statement on a PostgreSQL store: the shared SQL with its '?' placeholders renumbered
// to $N, sent with binary parameters and read back as binary results (chunks travel as
// the very bytes SQLite keeps). It is prepared on the server once per connection and
// per list of parameter types (a NULL leaves its type to the server), so a statement
// costs one round trip after the first.
class PgStatement final : public Statement {
public:
    PgStatement(PgDatabase& db, const std::string& sql);
    ~PgStatement() override;
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;

    // SQLite's placeholder rules, as PostgreSQL's: '?N' is $N, '?' is one more than the
    // largest number so far. Quoted text and identifiers are left alone.
    static std::pair<std::string, int> renumber(const std::string& sql);

    using Statement::bind;
    Statement& bind(int index, std::int64_t v) override;
    Statement& bind(int index, double v) override;
    Statement& bind(int index, std::string_view v) override;
    Statement& bind(int index, const ParamValue& v) override;
    Statement& bindBlob(int index, const void* data, std::size_t size) override;
    Statement& bindNull(int index) override;

    bool step() override;
    void reset() override;

    bool isNull(int col) const override;
    std::int64_t int64At(int col) const override;
    double doubleAt(int col) const override;
    std::string textAt(int col) const override;
    ParamValue valueAt(int col) const override;
    const void* blobAt(int col) const override;
    int bytesAt(int col) const override;

private:
    struct Param {
        unsigned type = 0; // Oid; 0 with null: the server infers it
        std::string bytes;
        const void* external = nullptr; // a blob the caller keeps alive
        std::size_t length = 0;
        bool null = true;
        bool bound = false;
    };
    struct Prepared {
        std::string name;
        std::uint64_t generation = 0;
    };

    Param& slot(int index);
    void execute();
    const char* cell(int col) const;
    unsigned typeOf(int col) const;

    PgDatabase& m_db;
    std::string m_sql; // as written, for messages
    std::string m_pgSql;
    std::vector<Param> m_params;
    std::map<std::vector<unsigned>, Prepared> m_prepared;
    pg_result* m_result = nullptr;
    bool m_executed = false;
    int m_row = -1;
    int m_rows = 0;
};

} // namespace runlens
