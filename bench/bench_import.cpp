// Import speed: a 1 M-point TensorBoard scalar log imported through ImportService,
// against the store's own insert rate (SeriesAppender on the same points into a fresh
// store) measured in the same run. Medians of several runs.
#include "import/tensorboard/Crc32c.h"
#include "store/Database.h"
#include "store/PointBatch.h"
#include "store/RunWriter.h"
#include "store/SeriesAppender.h"

#include <runlens/import/ImportService.h>
#include <runlens/client.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

using namespace runlens;
namespace fs = std::filesystem;

namespace {

constexpr long kPoints = 1'000'000;
constexpr int kRepeats = 7;

fs::path benchDir()
{
    fs::path dir = fs::temp_directory_path() / "runlens-bench-import";
    fs::create_directories(dir);
    return dir;
}

std::string freshStore(const char* name)
{
    std::string p = (benchDir() / name).string();
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(p + suffix);
    fs::remove_all(benchDir() / (std::string(name, std::strlen(name) - 3) + "-artifacts"));
    return p;
}

// --- a TensorBoard event file, written the way TensorFlow frames it -----------------

void varint(std::string& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

template <typename T>
void raw(std::string& out, T v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

// Event{wall_time=1, step=2, summary=5{value=1{tag=1, simple_value=2}}}
std::string scalarEvent(double wall, std::int64_t step, float value)
{
    std::string v;
    v += char(0x0a);
    varint(v, 4);
    v += "loss";
    v += char(0x15);
    raw(v, value);
    std::string summary;
    summary += char(0x0a);
    varint(summary, v.size());
    summary += v;
    std::string e;
    e += char(0x09);
    raw(e, wall);
    e += char(0x10);
    varint(e, static_cast<std::uint64_t>(step));
    e += char(0x2a);
    varint(e, summary.size());
    e += summary;
    return e;
}

void frame(std::string& out, const std::string& data)
{
    std::uint64_t len = data.size();
    std::size_t at = out.size();
    raw(out, len);
    raw(out, Crc32c::masked(out.data() + at, 8));
    out += data;
    raw(out, Crc32c::masked(data.data(), data.size()));
}

std::string writeLog()
{
    fs::path dir = benchDir() / "logs" / "run";
    fs::remove_all(benchDir() / "logs");
    fs::create_directories(dir);
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(kPoints) * 40);
    for (long i = 0; i < kPoints; ++i)
        frame(bytes, scalarEvent(1.7e9 + double(i) * 0.01, i, static_cast<float>(1.0 / double(i + 1))));
    std::ofstream((dir / "events.out.tfevents.1700000000.bench.1.0").string(), std::ios::binary) << bytes;
    std::printf("event file: %.1f MB, %ld scalars\n", double(bytes.size()) / 1e6, kPoints);
    return dir.string();
}

// --- the two measurements ------------------------------------------------------------

struct Timing {
    double total = 0; // open a fresh store, write, close (the close checkpoints the WAL)
    double write = 0; // the write alone, store open
};

double since(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Medians of each figure over kRepeats runs of fn(store), which does the writing.
Timing measure(const char* name, const std::function<void(Store&)>& fn)
{
    std::vector<double> totals, writes;
    for (int i = 0; i < kRepeats; ++i) {
        auto start = std::chrono::steady_clock::now();
        {
            auto store = Store::open(freshStore(name));
            auto w = std::chrono::steady_clock::now();
            fn(store);
            writes.push_back(since(w));
        }
        totals.push_back(since(start));
    }
    std::sort(totals.begin(), totals.end());
    std::sort(writes.begin(), writes.end());
    return {totals[totals.size() / 2], writes[writes.size() / 2]};
}

Timing storeInsert()
{
    PointBatch batch{.key = "loss"};
    for (long i = 0; i < kPoints; ++i) {
        batch.steps.push_back(i);
        batch.values.push_back(static_cast<float>(1.0 / double(i + 1)));
        batch.times.push_back(1.7e9 + double(i) * 0.01);
    }
    return measure("append.db", [&](Store& store) {
        Database& db = store.database();
        RunWriter writer(db);
        SeriesAppender appender(db);
        db.write([&] {
            auto id = writer.createRun({.uuid = "00000000000000000000000000000001", .name = "bench",
                                        .status = "finished", .startTime = 1.7e9});
            appender.append(id, batch);
        });
    });
}

Timing import(const std::string& logDir)
{
    return measure("import.db", [&](Store& store) {
        auto report = ImportService(store).run({logDir});
        if (report.points != kPoints)
            std::fprintf(stderr, "imported %lld points, expected %ld\n", static_cast<long long>(report.points), kPoints);
    });
}

void print(const char* what, double seconds)
{
    std::printf("  %-44s %7.1f ms  %6.2f M points/s\n", what, seconds * 1e3, double(kPoints) / seconds / 1e6);
}

} // namespace

int main()
{
    std::string logDir = writeLog();
    Timing base = storeInsert();
    Timing imp = import(logDir);
    std::printf("write only (store open):\n");
    print("store insert (SeriesAppender, same points)", base.write);
    print("TensorBoard import (read+CRC+decode+write)", imp.write);
    std::printf("end to end (open fresh store, write, close):\n");
    print("store insert", base.total);
    print("TensorBoard import", imp.total);
    std::printf("ratio import / store insert rate: %.2f write only, %.2f end to end (medians of %d runs)\n",
                base.write / imp.write, base.total / imp.total, kRepeats);
    if (!std::getenv("RUNLENS_BENCH_KEEP"))
        fs::remove_all(benchDir());
    return 0;
}
