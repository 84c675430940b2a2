// Fuzz target: bytes written to a file and opened as a store the way readers open one,
// then every run, series and artifact read. A file that cannot be opened must be
// refused without being changed.
#include "FuzzInput.h"

#include <runlens/store/Store.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;

namespace {

fs::path storeFile()
{
    static const fs::path path = [] {
        std::string dir = (fs::temp_directory_path() / "runlens-fuzz-XXXXXX").string();
        if (!mkdtemp(dir.data()))
            std::abort();
        return fs::path(dir) / "store.runlens";
    }();
    return path;
}

void writeFresh(const fs::path& path, std::string_view bytes)
{
    std::error_code ec;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ec);
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), std::streamsize(bytes.size()));
}

std::string contents(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void readEverything(const runlens::Store& store)
{
    (void)store.experiments();
    (void)store.runCount();
    for (const auto& run : store.runs()) {
        (void)store.run(run.uuid);
        for (const auto& [key, slice] : store.metricKeys(run.uuid))
            (void)store.metric(run.uuid, key, slice, true);
        for (const auto& s : run.series)
            (void)store.seriesTail(s.seriesId, s.count / 2);
        (void)store.artifacts(run.uuid);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const fs::path path = storeFile();
    std::string_view bytes = runlens::fuzzText(data, size);
    writeFresh(path, bytes);
    bool opened = false;
    try {
        auto store = runlens::Store::openExisting(path.string());
        opened = true;
        readEverything(store);
    } catch (const runlens::StoreError&) {
        if (!opened && contents(path) != bytes)
            std::abort(); // a refused file must be left as it was
    }
    return 0;
}
