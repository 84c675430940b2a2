#pragma once

#include <string>

namespace runlens {

// Where the default store lives; the app, the CLI and both clients share this rule:
// $RUNLENS_STORE, else $XDG_DATA_HOME/runlens/runlens.db, else
// ~/.local/share/runlens/runlens.db.
namespace StorePath {

std::string defaultPath();
// Throws StoreError(File) for a store given as a URL ("postgresql://…"): taken for a
// path it would create folders named "postgresql:" and a new SQLite file in them. The
// message never shows a password.
void checkIsPath(const std::string& location);
// <dir>/<stem>-artifacts for <dir>/<stem>.db: where artifact copies go.
std::string artifactRoot(const std::string& storePath);
// Creates the parent directory of path if missing; throws StoreError on failure.
void ensureParentDir(const std::string& path);

} // namespace StorePath

} // namespace runlens
