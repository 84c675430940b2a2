#pragma once

namespace runlens {

class Database;

// Brings a freshly opened connection to the current schema, or refuses the file
// (too new, not a Runlens store, damaged) without changing a byte of it.
class SchemaMigrator {
public:
    static constexpr long long kApplicationId = 0x524C4E53; // "RLNS"

    static int latestVersion();
    // Checks and, for writable stores, migrates. Returns the schema version in use.
    static int prepare(Database& db);

private:
    static void checkIdentity(Database& db, int version);
    static void migrate(Database& db);
    static void setPragmas(Database& db);
};

} // namespace runlens
