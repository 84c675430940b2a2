#pragma once

#include "runlens/model/StoreError.h"

#include <string>

struct sqlite3;

namespace runlens {

// Turns an SQLite result code into a StoreError whose text a user can act on
// ("the disk is full", "the file is not a Runlens store or is damaged").
StoreError sqliteError(sqlite3* db, int rc, const std::string& context);
bool isBusy(int rc);

} // namespace runlens
