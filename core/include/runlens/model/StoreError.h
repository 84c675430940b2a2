#pragma once

#include <stdexcept>
#include <string>

namespace runlens {

// The one exception type of the store. kind() separates the caller's mistakes (a bad
// key, an unknown run: the CLI exits 1) from trouble with the file itself (corrupt,
// read-only, too new, disk full: the CLI exits 2). Busy is another process holding the
// file's lock (or a PostgreSQL server asking to retry): worth waiting on and trying
// again. Connection is a PostgreSQL server that cannot be reached or was lost: also
// trouble with the store (exit 2), and worth trying again later.
class StoreError : public std::runtime_error {
public:
    enum class Kind { InvalidInput, NotFound, File, Version, Busy, Connection };

    StoreError(Kind kind, const std::string& message)
        : std::runtime_error(message), m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isUserError() const { return m_kind == Kind::InvalidInput || m_kind == Kind::NotFound; }

private:
    Kind m_kind;
};

} // namespace runlens
