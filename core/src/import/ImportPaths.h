#pragma once

#include <string>

namespace runlens {

// Path helpers every importer needs: stable source ids and the paths other tools wrote
// (file:// URIs, Windows drive paths) turned into something this machine can try.
namespace ImportPaths {

// Absolute, with symlinks and "." / ".." resolved as far as the path exists: the
// same folder imported twice by different spellings gives one source id.
std::string canonical(const std::string& path);
// "file:///C:/x%20y" -> "C:/x y", "file:///home/u/x" -> "/home/u/x"; other text
// unchanged. Backslashes become slashes.
std::string fromUri(const std::string& uriOrPath);
// True for "C:/..." or "C:\..." (a path from Windows that cannot exist here).
bool isWindowsDrivePath(const std::string& path);
// The last component of path ("" for "/").
std::string baseName(const std::string& path);
bool isDirectory(const std::string& path);
bool isFile(const std::string& path);
// The first n bytes of a file ("" when unreadable).
std::string head(const std::string& path, std::size_t n);
// Seconds since the epoch of the file's modification time, NaN when unknown.
double modifiedTime(const std::string& path);

} // namespace ImportPaths

} // namespace runlens
