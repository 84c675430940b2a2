#pragma once

#include <QString>

namespace runlens {

// How the window names a store in its title: a file by its file name, a team store by
// its database and server ("runlens_team on db.lab") or its service name. The location
// is the session's, which never holds a password.
namespace StoreLabel {

QString shortName(const QString& location);

} // namespace StoreLabel

} // namespace runlens
