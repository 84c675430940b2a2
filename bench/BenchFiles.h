#pragma once

#include <filesystem>
#include <string>

// A fresh path for a store file in the benchmarks' temporary folder: any earlier file of
// that name, with its WAL and shared-memory files, is removed first.
inline std::string benchStorePath(const char* name)
{
    std::string dir = std::filesystem::temp_directory_path() / "runlens-bench";
    std::filesystem::create_directories(dir);
    std::string p = dir + "/" + name;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(p + suffix);
    return p;
}
