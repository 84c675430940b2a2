// A small program the cross-language tests drive, so Python tests can check that the
// C++ client and the Python client write and read the identical format.
//   runlens_test_tool write STORE NAME N    logs a known run with N points; prints its id
//   runlens_test_tool dump STORE            prints every run with all its points as JSON
//   runlens_test_tool spin STORE N          logs N points per second until killed
#include <runlens/client.h>
#include <runlens/store/RunJson.h>

#include <chrono>
#include <cmath>
#include <iostream>
#include <limits>
#include <string>
#include <thread>

using namespace runlens;

namespace {

int write(const std::string& path, const std::string& name, long n)
{
    auto store = Store::open(path);
    auto run = store.startRun({.experiment = "contract", .name = name,
                               .params = {{"lr", 0.01}, {"epochs", 20}, {"opt", "adam"}, {"flag", true}},
                               .tags = {{"team", "vision"}, {"unicode", "héllo ✓"}}});
    for (long i = 0; i < n; ++i)
        run.logMetric("train/loss", 1.0 / double(i + 1));
    run.logMetric("val/acc", 0.5, 0, "class=3");
    run.logMetric("val/acc", 0.75, 1, "class=3");
    run.logMetric("odd", std::numeric_limits<double>::quiet_NaN(), 0);
    run.logMetric("odd", std::numeric_limits<double>::infinity(), 1);
    run.logMetric("odd", -std::numeric_limits<double>::infinity(), 2);
    run.logMetric("odd", 3.0, 1); // a repeated step, logged last
    run.finish();
    std::cout << run.id() << "\n";
    return 0;
}

int dump(const std::string& path)
{
    auto store = Store::open(path, Store::Mode::ReadOnly);
    std::cout << "[";
    bool first = true;
    for (const auto& run : store.runs({.includeArchived = true})) {
        std::vector<RunJson::NamedSeries> series;
        for (const auto& s : run.series)
            series.push_back({s.key, s.slice, store.metric(run.uuid, s.key, s.slice, true)});
        std::cout << (first ? "" : ",") << "{\"run\":" << RunJson::run(run, -1)
                  << ",\"points\":" << RunJson::metrics(run, series, -1) << "}";
        first = false;
    }
    std::cout << "]\n";
    return 0;
}

int spin(const std::string& path, long perSecond)
{
    auto store = Store::open(path);
    auto run = store.startRun({.experiment = "crash", .name = "spinner"});
    std::cout << run.id() << std::endl;
    for (long i = 0;; ++i) {
        run.logMetric("x", double(i));
        if (i % perSecond == perSecond - 1) {
            try {
                run.flush();
            } catch (const StoreError& e) {
                // A team store's server away: the run keeps the points for the next flush.
                std::cerr << "spin: " << e.what() << std::endl;
                continue;
            }
            std::cout << "flushed " << i + 1 << std::endl;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::string cmd = argc > 1 ? argv[1] : "";
    try {
        if (cmd == "write" && argc == 5)
            return write(argv[2], argv[3], std::stol(argv[4]));
        if (cmd == "dump" && argc == 3)
            return dump(argv[2]);
        if (cmd == "spin" && argc == 4)
            return spin(argv[2], std::stol(argv[3]));
    } catch (const std::exception& e) {
        std::cerr << "runlens_test_tool: " << e.what() << "\n";
        return 2;
    }
    std::cerr << "usage: runlens_test_tool write STORE NAME N | dump STORE | spin STORE N\n";
    return 1;
}
