// Fuzz target: bytes written to a file and synced from, as `runlens sync` reads a store
// someone else made, into a fresh target. Whatever the bytes, the source is left exactly
// as it was (a sync never writes its source), and a target that was written is a
// consistent store: integrity ok, every series' count the points its chunks hold.
#include "FuzzInput.h"

#include <runlens/sync/StoreSync.h>
#include <runlens/model/StoreError.h>
#include <runlens/query/QueryError.h>

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;

namespace {

fs::path workDir()
{
    static const fs::path path = [] {
        std::string dir = (fs::temp_directory_path() / "runlens-fuzz-sync-XXXXXX").string();
        if (!mkdtemp(dir.data()))
            std::abort();
        return fs::path(dir);
    }();
    return path;
}

void removeStore(const fs::path& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ec);
    fs::remove_all(path.parent_path() / (path.stem().string() + "-artifacts"), ec);
}

std::string contents(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Aborts unless the target is a consistent store.
void checkTarget(const fs::path& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        std::abort();
    auto firstText = [&](const char* sql) {
        sqlite3_stmt* st = nullptr;
        std::string out = "<no row>";
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            const unsigned char* t = sqlite3_column_text(st, 0);
            out = t ? reinterpret_cast<const char*>(t) : "NULL";
        }
        sqlite3_finalize(st);
        return out;
    };
    if (firstText("PRAGMA integrity_check") != "ok")
        std::abort();
    if (firstText("SELECT count(*) FROM series s WHERE s.count != "
                  "(SELECT coalesce(sum(n), 0) FROM chunks c WHERE c.series_id = s.id)") != "0")
        std::abort();
    sqlite3_close(db);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const fs::path source = workDir() / "source.runlens", target = workDir() / "target.runlens";
    std::string_view bytes = runlens::fuzzText(data, size);
    removeStore(source);
    removeStore(target);
    std::ofstream(source, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
    try {
        runlens::StoreSync(source.string(), target.string()).run({});
    } catch (const runlens::StoreError&) {
    } catch (const runlens::QueryError&) {
    }
    if (contents(source) != bytes)
        std::abort(); // the source was written to
    if (fs::exists(target))
        checkTarget(target);
    return 0;
}
