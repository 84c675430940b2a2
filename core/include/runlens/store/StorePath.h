#pragma once

#include <string>

namespace runlens {

// Where the default store lives; the app, the CLI and both clients share this rule:
// $RUNLENS_STORE, else $XDG_DATA_HOME/runlens/runlens.db, else
// ~/.local/share/runlens/runlens.db.
namespace StorePath {

std::string defaultPath();
// Throws StoreError(File) for a store given as a URL of a scheme other than
// postgresql:// and postgres:// (those are PostgreSQL stores): taken for a path it
// would create folders named "ftp:" and a new SQLite file in them. The message never
// shows a password.
void checkIsPath(const std::string& location);
// Whether location names a PostgreSQL team store (postgresql:// or postgres://).
bool isPostgres(const std::string& location);
// The location as messages may show it: a URL without any password
// (user:secret@host and ?password=... are cut), a path as it is.
std::string redacted(const std::string& location);
// <dir>/<stem>-artifacts for <dir>/<stem>.db: where artifact copies go.
std::string artifactRoot(const std::string& storePath);
// $XDG_CACHE_HOME/runlens/artifacts (else ~/.cache/...): local copies of the artifacts
// of PostgreSQL stores, one folder per sha256.
std::string artifactCache();
// Creates the parent directory of path if missing; throws StoreError on failure.
void ensureParentDir(const std::string& path);

} // namespace StorePath

} // namespace runlens
