#include "store/postgres/PgErrors.h"

#include <libpq-fe.h>

#include <cstring>

namespace runlens {

namespace {
std::string firstLine(const char* text)
{
    std::string s = text ? text : "";
    // libpq prefixes "connection to server on socket ... failed: " and adds DETAIL/HINT
    // lines; the reason is the text after the last "failed: " of the first line.
    s = s.substr(0, s.find('\n'));
    if (auto p = s.rfind("failed: "); p != std::string::npos)
        s = s.substr(p + 8);
    if (s.rfind("FATAL:  ", 0) == 0 || s.rfind("ERROR:  ", 0) == 0)
        s = s.substr(8);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
        s.pop_back();
    return s.empty() ? "the server gave no reason" : s;
}
}

std::string pgConnectionMessage(PGconn* conn) { return firstLine(conn ? PQerrorMessage(conn) : nullptr); }

StoreError pgError(PGconn* conn, PGresult* result, const std::string& where, const std::string& context)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string code = state ? state : "";
    std::string detail = primary ? primary : pgConnectionMessage(conn);
    using K = StoreError::Kind;
    if (!conn || PQstatus(conn) != CONNECTION_OK || code.rfind("08", 0) == 0 || code == "57P01" || code == "57P02"
        || code == "57P03")
        return StoreError(K::Connection, "lost the connection to " + where + " (" + detail + ")");
    if (code == "40001" || code == "40P01")
        return StoreError(K::Busy, "the server asked to retry a write to " + where + " (" + detail + ")");
    if (code == "42501")
        return StoreError(K::File, "your role may not do this on " + where + " (" + detail
                                       + "); nothing was written. Ask its owner for the viewer or writer role "
                                         "(docs/team-store.md).");
    if (code == "25006")
        return StoreError(K::File, where + " is open read-only; nothing was written");
    if (code == "53100")
        return StoreError(K::File, "the server of " + where + " has no disk space left; nothing was written");
    if (code == "22021" && std::strstr(detail.c_str(), "0x00"))
        return StoreError(K::InvalidInput, "a text holds a NUL character, which a PostgreSQL store cannot keep");
    if (code.rfind("22", 0) == 0)
        return StoreError(K::InvalidInput, "the server refused a value (" + detail + ")");
    return StoreError(K::File, "store error on " + where + ": " + detail + " [" + context + "]");
}

} // namespace runlens
