#pragma once

#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace runlens {

struct SyncReport;

// `runlens sync SOURCE TARGET [--query Q] [--dry-run] [--include-deleted] [--watch
// [--interval S]]`: brings runs from one store into another (docs/sync.md) and says
// what arrived, what conflicted and which side was kept. --watch repeats every few
// seconds until Ctrl-C, printing only passes that brought something.
// Exit codes: 0 done, 1 the user's input (bad query, no such source, the same store
// twice), 2 a problem with a store (not a store, too new, read-only, a damaged run left
// out).
class SyncCommand {
public:
    struct Options {
        std::string source;
        std::string target;
        std::string query;
        bool dryRun = false;
        bool includeDeleted = false;
        bool watch = false;
        double interval = 2.0;
    };

    static CLI::App* addTo(CLI::App& app, Options& options);

    SyncCommand(std::ostream& out, std::ostream& err) : m_out(out), m_err(err) {}
    int run(const Options& options);

private:
    int once(const Options& options, bool quietWhenUnchanged);
    void print(const Options& options, const SyncReport& report) const;

    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace runlens
