// PgDatabase's schema half: identity, version and migrations of a store kept in a
// PostgreSQL schema (docs/storage-format.md, "PostgreSQL form"; the same rules as
// client/python/runlens/_pg_schema.py).
#include "store/postgres/PgDatabase.h"

#include "store/Migrations.h"
#include "store/SchemaMigrator.h"
#include "runlens/model/StoreError.h"

#include <set>

namespace runlens {

namespace {
constexpr const char* kApplicationId = "RLNS";
// pg_advisory_xact_lock key that serialises the migrations of all stores of a database:
// the SQLite application_id 0x524C4E53, as the Python client takes it.
constexpr std::int64_t kMigrationLock = 0x524C4E53;

std::string quoteIdent(const std::string& name)
{
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
}

int PgDatabase::readVersion()
{
    auto& where = prepare("SELECT current_schema(), current_database()");
    where.step();
    if (where.isNull(0)) {
        std::string database = where.textAt(1);
        where.reset();
        throw StoreError(StoreError::Kind::File, "the PostgreSQL database '" + database
                                                     + "' has no schema of the search_path, so there is nowhere to keep the store");
    }
    std::string schema = where.textAt(0);
    where.reset();
    std::set<std::string> relations;
    auto& rel = prepare("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                        "ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')");
    rel.bind(1, schema);
    while (rel.step())
        relations.insert(rel.textAt(0));
    rel.reset();
    std::string store = "the PostgreSQL store '" + m_path + "' (schema '" + schema + "')";
    if (!relations.count("runlens_meta")) {
        if (!relations.empty())
            throw StoreError(StoreError::Kind::File, store + " has tables but is not a Runlens store; it was left unchanged");
        return 0;
    }
    std::string appId, versionText;
    auto& meta = prepare("SELECT key, value FROM " + quoteIdent(schema) + ".runlens_meta "
                         "WHERE key IN ('application_id', 'schema_version')");
    while (meta.step())
        (meta.textAt(0) == "application_id" ? appId : versionText) = meta.textAt(1);
    meta.reset();
    if (appId != kApplicationId)
        throw StoreError(StoreError::Kind::File, store + " is not a Runlens store (application_id '" + appId
                                                     + "'); it was left unchanged");
    if (versionText.empty() || versionText.size() > 6 || versionText.find_first_not_of("0123456789") != std::string::npos)
        throw StoreError(StoreError::Kind::File, store + " is damaged: its schema version '" + versionText.substr(0, 20)
                                                     + "' is not a number; it was left unchanged");
    int version = std::stoi(versionText);
    if (version > SchemaMigrator::latestVersion())
        throw StoreError(StoreError::Kind::Version,
                         store + " has schema version " + std::to_string(version) + ", newer than this Runlens understands ("
                             + std::to_string(SchemaMigrator::latestVersion()) + "); it was left unchanged. Update Runlens to open it.");
    return version;
}

void PgDatabase::migrate()
{
    write([&] {
        // Under READ COMMITTED every statement after the lock sees what a writer that
        // migrated while we waited committed, so the version is read again.
        prepare("SELECT pg_advisory_xact_lock(?)").bind(1, kMigrationLock).run();
        int version = readVersion();
        const auto& all = migrations(StoreEngine::PostgreSql);
        for (int v = version; v < SchemaMigrator::latestVersion(); ++v)
            exec(all[static_cast<std::size_t>(v)].sql);
        if (version < SchemaMigrator::latestVersion()) {
            for (auto [key, value] : {std::pair<std::string, std::string>{"application_id", kApplicationId},
                                      {"schema_version", std::to_string(SchemaMigrator::latestVersion())}})
                prepare("INSERT INTO runlens_meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(1, key).bind(2, value).run();
        }
    });
}

int PgDatabase::inspectSchema()
{
    int version = schemaVersion();
    if (version < 1)
        throw StoreError(StoreError::Kind::File, "the PostgreSQL store '" + m_path + "' is empty: it holds no Runlens store");
    return version;
}

int PgDatabase::prepareSchema()
{
    int version = schemaVersion();
    if (version >= SchemaMigrator::latestVersion())
        return version;
    if (m_readOnly)
        throw StoreError(StoreError::Kind::Version,
                         version == 0 ? "the PostgreSQL store '" + m_path + "' has no Runlens schema yet, and you may only read it: "
                                            "a writer creates it when it first logs a run"
                                      : "the PostgreSQL store '" + m_path + "' has schema version " + std::to_string(version)
                                            + " and must be upgraded to " + std::to_string(SchemaMigrator::latestVersion())
                                            + " by a writer; you may only read it");
    migrate();
    return SchemaMigrator::latestVersion();
}

} // namespace runlens
