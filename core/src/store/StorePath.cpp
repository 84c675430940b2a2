#include "runlens/store/StorePath.h"

#include "runlens/model/StoreError.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace runlens {

namespace {
std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}
}

namespace {
// The scheme of "scheme://...", or "" for a path.
std::string schemeOf(const std::string& location)
{
    auto isSchemeChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '.' || c == '-';
    };
    auto colon = location.find("://");
    if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(location[0])))
        return {};
    for (std::size_t i = 0; i < colon; ++i) {
        if (!isSchemeChar(location[i]))
            return {};
    }
    return location.substr(0, colon);
}
}

bool StorePath::isPostgres(const std::string& location)
{
    std::string scheme = schemeOf(location);
    return scheme == "postgresql" || scheme == "postgres";
}

std::string StorePath::redacted(const std::string& location)
{
    std::string scheme = schemeOf(location);
    if (scheme.empty())
        return location;
    // user:secret@host -> user@host: a password never reaches a message or a log.
    std::string shown = location;
    auto rest = scheme.size() + 3;
    auto at = shown.find('@', rest);
    auto slash = shown.find_first_of("/?", rest);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
        auto pw = shown.find(':', rest);
        if (pw != std::string::npos && pw < at)
            shown.erase(pw, at - pw);
    }
    // ?password=secret&... (libpq takes connection parameters in the query too)
    for (auto q = shown.find('?'); q != std::string::npos;) {
        auto p = shown.find("password=", q);
        if (p == std::string::npos)
            break;
        if (shown[p - 1] != '?' && shown[p - 1] != '&') {
            q = p + 1;
            continue;
        }
        auto end = shown.find('&', p);
        shown.replace(p, (end == std::string::npos ? shown.size() : end) - p, "password=***");
        q = p + 1;
    }
    return shown;
}

void StorePath::checkIsPath(const std::string& location)
{
    std::string scheme = schemeOf(location);
    if (scheme.empty() || scheme == "postgresql" || scheme == "postgres")
        return;
    throw StoreError(StoreError::Kind::File, "'" + redacted(location) + "' is not a store location: Runlens opens "
                                             "SQLite files (e.g. ~/runs.db) and PostgreSQL stores (postgresql://...), not "
                                             + scheme + ":// URLs");
}

std::string StorePath::defaultPath()
{
    if (auto explicitPath = env("RUNLENS_STORE"); !explicitPath.empty())
        return explicitPath;
    fs::path base = env("XDG_DATA_HOME");
    if (base.empty()) {
        std::string home = env("HOME");
        base = fs::path(home.empty() ? "." : home) / ".local" / "share";
    }
    return (base / "runlens" / "runlens.db").string();
}

std::string StorePath::artifactCache()
{
    fs::path base = env("XDG_CACHE_HOME");
    if (base.empty()) {
        std::string home = env("HOME");
        base = fs::path(home.empty() ? "." : home) / ".cache";
    }
    return (base / "runlens" / "artifacts").string();
}

std::string StorePath::artifactRoot(const std::string& storePath)
{
    fs::path p(storePath);
    return (p.parent_path() / (p.stem().string() + "-artifacts")).string();
}

void StorePath::ensureParentDir(const std::string& path)
{
    fs::path parent = fs::path(path).parent_path();
    if (parent.empty())
        return;
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec)
        throw StoreError(StoreError::Kind::File,
                         "cannot create the folder '" + parent.string() + "' for the store: " + ec.message());
}

} // namespace runlens
