#include "runlens/store/StorePath.h"

#include "runlens/model/StoreError.h"

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
