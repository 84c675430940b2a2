#include "store/postgres/PgStatement.h"

#include "store/postgres/PgDatabase.h"
#include "runlens/model/StoreError.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <endian.h>
#include <limits>

namespace runlens {

namespace {
// Type Oids of the built-in types (catalog/pg_type.h, stable across versions).
constexpr unsigned kBool = 16, kBytea = 17, kName = 19, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25,
                   kOid = 26, kFloat4 = 700, kFloat8 = 701, kBpchar = 1042, kVarchar = 1043, kRegclass = 2205;

template <typename T>
T bigEndian(const char* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (sizeof(T) == 8)
        return static_cast<T>(be64toh(static_cast<std::uint64_t>(v)));
    else if constexpr (sizeof(T) == 4)
        return static_cast<T>(be32toh(static_cast<std::uint32_t>(v)));
    else
        return static_cast<T>(be16toh(static_cast<std::uint16_t>(v)));
}

std::string int64Bytes(std::int64_t v)
{
    std::uint64_t be = htobe64(static_cast<std::uint64_t>(v));
    return std::string(reinterpret_cast<const char*>(&be), 8);
}

double float8(const char* p)
{
    std::uint64_t bits = bigEndian<std::uint64_t>(p);
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
}

float float4(const char* p)
{
    std::uint32_t bits = bigEndian<std::uint32_t>(p);
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

// A double as the shortest text that reads back as exactly it (the schema's 'r' kind).
std::string shortest(double v)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}
} // namespace

std::pair<std::string, int> PgStatement::renumber(const std::string& sql)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int largest = 0;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0; // a doubled quote closes and reopens: same result
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        std::size_t j = i + 1;
        int number = 0;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
            number = number * 10 + (sql[j++] - '0');
        if (j == i + 1)
            number = largest + 1;
        largest = std::max(largest, number);
        out += '$' + std::to_string(number);
        i = j - 1;
    }
    return {out, largest};
}

PgStatement::PgStatement(PgDatabase& db, const std::string& sql) : m_db(db), m_sql(sql)
{
    auto [pgSql, count] = renumber(sql);
    m_pgSql = std::move(pgSql);
    m_params.resize(static_cast<std::size_t>(count));
}

PgStatement::~PgStatement() { PQclear(m_result); }

PgStatement::Param& PgStatement::slot(int index)
{
    if (index < 1 || index > static_cast<int>(m_params.size()))
        throw StoreError(StoreError::Kind::File, "parameter " + std::to_string(index) + " out of range in: " + m_sql.substr(0, 80));
    Param& p = m_params[static_cast<std::size_t>(index - 1)];
    p = Param{};
    p.bound = true;
    return p;
}

Statement& PgStatement::bind(int index, std::int64_t v)
{
    Param& p = slot(index);
    p.type = kInt8;
    p.bytes = int64Bytes(v);
    p.null = false;
    return *this;
}

Statement& PgStatement::bind(int index, double v)
{
    Param& p = slot(index);
    p.type = kFloat8;
    if (std::isnan(v))
        return *this; // NULL, as SQLite keeps a NaN
    std::uint64_t bits;
    std::memcpy(&bits, &v, 8);
    bits = htobe64(bits);
    p.bytes.assign(reinterpret_cast<const char*>(&bits), 8);
    p.null = false;
    return *this;
}

Statement& PgStatement::bind(int index, std::string_view v)
{
    Param& p = slot(index);
    p.type = kText;
    p.bytes.assign(v.data(), v.size());
    p.null = false;
    return *this;
}

Statement& PgStatement::bind(int index, const ParamValue& v)
{
    // (value, value_kind): docs/storage-format.md, "params.value".
    if (v.isInteger()) {
        bind(index, std::to_string(v.integer()));
        return bind(index + 1, "i");
    }
    if (v.isReal() && !std::isnan(v.real())) {
        bind(index, shortest(v.real()));
        return bind(index + 1, "r");
    }
    bind(index, v.isReal() ? std::string("nan") : v.text());
    return bind(index + 1, "t");
}

Statement& PgStatement::bindBlob(int index, const void* data, std::size_t size)
{
    Param& p = slot(index);
    p.type = kBytea;
    p.external = size ? data : "";
    p.length = size;
    p.null = false;
    return *this;
}

Statement& PgStatement::bindNull(int index)
{
    slot(index);
    return *this;
}

void PgStatement::execute()
{
    std::vector<unsigned> types(m_params.size());
    std::vector<const char*> values(m_params.size());
    std::vector<int> lengths(m_params.size()), formats(m_params.size(), 1);
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        const Param& p = m_params[i];
        // An unbound slot ($1 of "... ?2", which the SQL does not use) still needs a
        // type the server accepts; a NULL bound on purpose leaves it to the server.
        types[i] = p.bound ? p.type : kText;
        if (p.null)
            continue;
        values[i] = p.external ? static_cast<const char*>(p.external) : p.bytes.data();
        lengths[i] = static_cast<int>(p.external ? p.length : p.bytes.size());
    }
    PGconn* conn = m_db.handle();
    Prepared& prepared = m_prepared[types];
    if (prepared.name.empty() || prepared.generation != m_db.generation()) {
        prepared.name = m_db.nextStatementName();
        prepared.generation = m_db.generation();
        std::vector<Oid> oids(types.begin(), types.end());
        PGresult* r = PQprepare(conn, prepared.name.c_str(), m_pgSql.c_str(), static_cast<int>(oids.size()),
                                oids.empty() ? nullptr : oids.data());
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            prepared.name.clear();
            m_db.fail(r, m_sql.substr(0, 80));
        }
        PQclear(r);
    }
    PGresult* r = PQexecPrepared(conn, prepared.name.c_str(), static_cast<int>(values.size()),
                                 values.empty() ? nullptr : values.data(), lengths.empty() ? nullptr : lengths.data(),
                                 formats.empty() ? nullptr : formats.data(), 1);
    ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        m_db.fail(r, m_sql.substr(0, 80));
    const char* affected = PQcmdTuples(r);
    m_db.setChanges(affected && *affected ? std::atoi(affected) : 0);
    m_result = r;
    m_rows = status == PGRES_TUPLES_OK ? PQntuples(r) : 0;
    m_row = -1;
    m_executed = true;
}

bool PgStatement::step()
{
    if (!m_executed)
        execute();
    if (m_row < m_rows)
        ++m_row;
    return m_row < m_rows;
}

void PgStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_executed = false;
    m_row = -1;
    m_rows = 0;
    for (auto& p : m_params)
        p = Param{};
}

const char* PgStatement::cell(int col) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, col))
        return nullptr;
    return PQgetvalue(m_result, m_row, col);
}

unsigned PgStatement::typeOf(int col) const { return PQftype(m_result, col); }

bool PgStatement::isNull(int col) const { return cell(col) == nullptr; }

std::int64_t PgStatement::int64At(int col) const
{
    const char* p = cell(col);
    if (!p)
        return 0;
    switch (typeOf(col)) {
    case kInt8: return bigEndian<std::int64_t>(p);
    case kInt4: return bigEndian<std::int32_t>(p);
    case kOid:
    case kRegclass: return bigEndian<std::uint32_t>(p);
    case kInt2: return bigEndian<std::int16_t>(p);
    case kBool: return *p ? 1 : 0;
    case kFloat8: return static_cast<std::int64_t>(float8(p));
    case kFloat4: return static_cast<std::int64_t>(float4(p));
    default:
        throw StoreError(StoreError::Kind::File, "column " + std::to_string(col) + " of '" + m_sql.substr(0, 60)
                                                     + "' is not an integer (type " + std::to_string(typeOf(col)) + ")");
    }
}

double PgStatement::doubleAt(int col) const
{
    const char* p = cell(col);
    if (!p)
        return std::numeric_limits<double>::quiet_NaN();
    switch (typeOf(col)) {
    case kFloat8: return float8(p);
    case kFloat4: return float4(p);
    default: return static_cast<double>(int64At(col));
    }
}

std::string PgStatement::textAt(int col) const
{
    const char* p = cell(col);
    if (!p)
        return {};
    switch (typeOf(col)) {
    case kText:
    case kVarchar:
    case kName:
    case kBpchar:
    case kBytea: return std::string(p, static_cast<std::size_t>(PQgetlength(m_result, m_row, col)));
    case kFloat8:
    case kFloat4: return shortest(doubleAt(col));
    default: return std::to_string(int64At(col));
    }
}

ParamValue PgStatement::valueAt(int col) const
{
    std::string text = textAt(col);
    std::string kind = textAt(col + 1);
    if (kind == "i") {
        std::int64_t v = 0;
        std::from_chars(text.data(), text.data() + text.size(), v);
        return ParamValue(v);
    }
    if (kind == "r") {
        // from_chars, not strtod: the app runs under the user's LC_NUMERIC (decimal commas).
        double v = 0;
        std::from_chars(text.data(), text.data() + text.size(), v);
        return ParamValue(v);
    }
    return ParamValue(text);
}

const void* PgStatement::blobAt(int col) const
{
    const char* p = cell(col);
    return p ? p : "";
}

int PgStatement::bytesAt(int col) const { return cell(col) ? PQgetlength(m_result, m_row, col) : 0; }

} // namespace runlens
