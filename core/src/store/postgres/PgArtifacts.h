#pragma once

#include "store/ArtifactCopier.h"

#include <cstdint>
#include <string>

namespace runlens {

class Database;

// Artifact files of a PostgreSQL store, kept in the database so that any machine can
// open them (docs/storage-format.md, "artifact_parts"): the artifacts row and parts of
// at most 1 MiB, written in one transaction.
namespace PgArtifacts {

inline constexpr std::size_t kPartBytes = 1 << 20;

// Stores the file (checked and hashed as ArtifactCopier does) for the run; replaces an
// artifact of the same name. All or nothing.
ArtifactCopier::Result put(Database& db, std::int64_t runId, const std::string& source, const std::string& name,
                           double createdAt, const ArtifactLimits& limits = {});

// Writes the artifact's bytes to destination (through a temporary file renamed into
// place) after checking them against the stored sha256.
void get(Database& db, std::int64_t runId, const std::string& path, const std::string& destination);

} // namespace PgArtifacts

} // namespace runlens
