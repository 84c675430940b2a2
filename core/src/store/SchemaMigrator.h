#pragma once

namespace runlens {

class Database;

// Brings a freshly opened connection to the current schema, or refuses the store (too
// new, not a Runlens store, damaged) without changing a byte of it. Each engine keeps
// its own migration folder with the same version numbers (tests compare the two).
namespace SchemaMigrator {

inline constexpr long long kApplicationId = 0x524C4E53; // "RLNS"

int latestVersion();
// Checks and, for writable stores, migrates. Returns the schema version in use.
int prepare(Database& db);
// For a store that is only read as it is (a sync source): its schema version, which
// may be older than latestVersion(). Throws for a store that is not a Runlens store or
// is too new. Writes nothing.
int inspect(Database& db);

} // namespace SchemaMigrator

} // namespace runlens
