#include "store/SchemaMigrator.h"

#include "store/Database.h"
#include "store/Migrations.h"

namespace runlens {

int SchemaMigrator::latestVersion() { return static_cast<int>(migrations(StoreEngine::Sqlite).size()); }

int SchemaMigrator::prepare(Database& db) { return db.prepareSchema(); }

int SchemaMigrator::inspect(Database& db) { return db.inspectSchema(); }

} // namespace runlens
