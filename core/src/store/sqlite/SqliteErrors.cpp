#include "store/sqlite/SqliteErrors.h"

#include <sqlite3.h>

namespace runlens {

bool isBusy(int rc)
{
    int primary = rc & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

StoreError sqliteError(sqlite3* db, int rc, const std::string& context)
{
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreError(StoreError::Kind::File,
                          "the store file is damaged or not a database (" + detail + ")");
    case SQLITE_FULL:
        return StoreError(StoreError::Kind::File, "the disk is full; nothing was written (" + detail + ")");
    case SQLITE_READONLY:
        return StoreError(StoreError::Kind::File, "the store is read-only; nothing was written (" + detail + ")");
    case SQLITE_CANTOPEN:
        return StoreError(StoreError::Kind::File, "cannot open the store file (" + detail + ")");
    case SQLITE_IOERR:
        return StoreError(StoreError::Kind::File, "input/output error on the store file (" + detail + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError(StoreError::Kind::Busy,
                          "another process holds the store's lock; try again when it is done (" + detail + ")");
    case SQLITE_TOOBIG:
        return StoreError(StoreError::Kind::InvalidInput, "a value is too large to store (" + detail + ")");
    default:
        return StoreError(StoreError::Kind::File, "store error: " + detail + " [" + context + "]");
    }
}

} // namespace runlens
