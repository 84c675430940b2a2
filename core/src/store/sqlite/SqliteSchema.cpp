#include "store/SchemaMigrator.h"
#include "store/sqlite/SqliteDatabase.h"
#include "store/Migrations.h"
#include "runlens/model/StoreError.h"

#include <string>

namespace runlens {

namespace {

void checkIdentity(SqliteDatabase& db, int version)
{
    if (version > SchemaMigrator::latestVersion())
        throw StoreError(StoreError::Kind::Version,
                         "the store '" + db.path() + "' has schema version " + std::to_string(version)
                             + ", newer than this Runlens understands (" + std::to_string(SchemaMigrator::latestVersion())
                             + "); it was left unchanged. Update Runlens to open it.");
    // Both reads in one snapshot: a process creating the store commits its tables and
    // its application_id together, and must not look like a foreign file in between.
    long long appId = 0;
    bool hasTables = false;
    db.read([&] {
        appId = db.pragmaInt("application_id");
        SqliteStatement count(db.handle(), "SELECT count(*) FROM sqlite_master");
        count.step();
        hasTables = count.int64At(0) > 0;
    });
    if (hasTables && appId != SchemaMigrator::kApplicationId)
        throw StoreError(StoreError::Kind::File,
                         "'" + db.path() + "' is an SQLite database but not a Runlens store; it was left unchanged");
}

// Settings of this connection only: nothing is written to the file.
void setPragmas(SqliteDatabase& db)
{
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = ON");
    // A 64 MiB WAL between checkpoints: each checkpoint copies pages again, so fewer,
    // larger ones keep bulk logging fast.
    db.exec("PRAGMA wal_autocheckpoint = 4000");
}

void migrate(SqliteDatabase& db)
{
    db.write([&] {
        // Another process may have migrated between our check and the write lock.
        int version = static_cast<int>(db.pragmaInt("user_version"));
        checkIdentity(db, version);
        const auto& all = migrations(StoreEngine::Sqlite);
        for (int v = version; v < SchemaMigrator::latestVersion(); ++v)
            db.exec(all[static_cast<std::size_t>(v)].sql);
        db.exec("PRAGMA application_id = " + std::to_string(SchemaMigrator::kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(SchemaMigrator::latestVersion()));
    });
}

} // namespace

// SqliteDatabase's schema half: identity, version, migrations (docs/storage-format.md,
// "Identity and version").
int SqliteDatabase::inspectSchema()
{
    SqliteDatabase& db = *this;
    int version = static_cast<int>(db.pragmaInt("user_version"));
    checkIdentity(db, version);
    if (version < 1)
        throw StoreError(StoreError::Kind::File, "'" + db.path() + "' is not a Runlens store (it has no runs table)");
    return version;
}

int SqliteDatabase::prepareSchema()
{
    SqliteDatabase& db = *this;
    // Read the header first: nothing may be written (not even the WAL switch) to a file
    // that is too new or is not ours.
    int version = static_cast<int>(db.pragmaInt("user_version"));
    checkIdentity(db, version);
    if (!db.isReadOnly()) {
        // Only an empty file can still choose its page size; 16 KiB pages write point
        // chunks about twice as fast as the default 4 KiB (bench/bench_store).
        if (version == 0 && db.pragmaInt("page_count") == 0)
            db.exec("PRAGMA page_size = 16384");
        setPragmas(db);
    }
    else
        db.exec("PRAGMA query_only = 1");
    if (version < SchemaMigrator::latestVersion()) {
        if (db.isReadOnly())
            throw StoreError(StoreError::Kind::Version,
                             "the store '" + db.path() + "' has schema version " + std::to_string(version)
                                 + " and must be upgraded to " + std::to_string(SchemaMigrator::latestVersion())
                                 + ", but it is open read-only");
        migrate(db);
    }
    // WAL last: the switch rewrites the file header, and a file refused above (damaged,
    // foreign, too new) must be left exactly as it was. The migration before it ran in
    // the rollback journal, so a failed one left no trace either (found by the
    // store_open fuzz target: an empty schema on damaged pages).
    if (!db.isReadOnly())
        db.exec("PRAGMA journal_mode = WAL");
    return SchemaMigrator::latestVersion();
}

} // namespace runlens
