#include "SyncCommand.h"

#include "CliErrors.h"

#include "runlens/sync/StoreSync.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <csignal>
#include <ctime>
#include <ostream>
#include <thread>

namespace runlens {

namespace {

volatile std::sig_atomic_t g_stop = 0;

void requestStop(int) { g_stop = 1; }

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string clock()
{
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
    return buf;
}

std::string quoted(const std::string& s)
{
    constexpr std::size_t kShown = 60;
    return "\"" + (s.size() > kShown ? s.substr(0, kShown) + "…" : s) + "\"";
}

} // namespace

CLI::App* SyncCommand::addTo(CLI::App& app, Options& o)
{
    auto* cmd = app.add_subcommand("sync", "Bring runs from one store into another, matched by run id: new runs, "
                                           "new points, edits and artifacts (docs/sync.md)");
    cmd->add_option("source", o.source, "Store to read runs from (never written)")->required();
    cmd->add_option("target", o.target, "Store to bring them into (created when missing)")->required();
    cmd->add_option("-q,--query", o.query, "Only runs of the source that match, e.g. \"experiment = resnet\"");
    auto* dryRun = cmd->add_flag("-n,--dry-run", o.dryRun, "Say what would be copied and every conflict; write nothing");
    cmd->add_flag("--include-deleted", o.includeDeleted, "Also bring back runs that were deleted in the target");
    cmd->add_flag("-w,--watch", o.watch, "Keep syncing every few seconds until Ctrl-C (live runs stay live)")
        ->excludes(dryRun);
    cmd->add_option("--interval", o.interval, "Seconds between passes of --watch (default 2)")
        ->check(CLI::Range(0.1, 3600.0));
    return cmd;
}

void SyncCommand::print(const Options& o, const SyncReport& r) const
{
    m_out << (o.dryRun ? "Dry run, nothing written. Would sync " : "Synced ") << o.source << " -> " << o.target << ": "
          << plural(r.runsNew, "new run", "new runs") << ", " << r.runsUpdated << " updated, " << r.runsUnchanged
          << " unchanged; " << r.points << " points, " << plural(r.artifacts, "artifact", "artifacts");
    if (r.experimentsNew)
        m_out << ", " << plural(r.experimentsNew, "new experiment", "new experiments");
    if (r.diagrams)
        m_out << ", " << plural(r.diagrams, "diagram", "diagrams");
    if (r.directions)
        m_out << ", " << plural(r.directions, "metric direction", "metric directions");
    m_out << "\n";
    // Like `runlens import`, name what arrived; a first sync of a big store names the
    // first ones and counts the rest.
    constexpr std::size_t kListed = 20;
    for (std::size_t i = 0; i < r.arrived.size() && i < kListed; ++i) {
        const auto& a = r.arrived[i];
        m_out << "  " << a.uuid.substr(0, 8) << "  " << (a.isNew ? "new     " : "updated ") << a.experiment << " / "
              << a.name << "  +" << a.points << (a.points == 1 ? " point\n" : " points\n");
    }
    if (r.arrived.size() > kListed)
        m_out << "  … and " << r.arrived.size() - kListed << " more\n";
    if (!r.conflicts.empty()) {
        m_out << plural(r.conflicts.size(), "conflict", "conflicts") << ", the later edit "
              << (o.dryRun ? "would win" : "won") << ":\n";
        for (const auto& c : r.conflicts) {
            bool src = c.winner == SyncConflict::Winner::Source;
            m_out << "  " << toString(c.field) << (c.key.empty() ? "" : " '" + c.key + "'") << " of "
                  << (c.subject.size() == 32 ? c.subject.substr(0, 8) : c.subject) << ": "
                  << (src ? "source " : "target ") << quoted(src ? c.sourceValue : c.targetValue) << " over "
                  << (src ? "target " : "source ") << quoted(src ? c.targetValue : c.sourceValue) << "\n";
        }
    }
    if (!r.skippedDeleted.empty()) {
        m_out << "Deleted in the target, not brought back (--include-deleted brings them): "
              << plural(r.skippedDeleted.size(), "run", "runs") << "\n";
        for (const auto& u : r.skippedDeleted)
            m_out << "  " << u << "\n";
    }
    if (!r.skippedImported.empty()) {
        m_out << "Imported into the target before as another run, skipped: "
              << plural(r.skippedImported.size(), "run", "runs") << "\n";
        for (const auto& u : r.skippedImported)
            m_out << "  " << u << "\n";
    }
    for (const auto& p : r.problems)
        m_err << "runlens: " << p << "\n";
    if (r.cancelled)
        m_out << "Stopped: the runs brought so far are complete in the target; the next sync brings the rest.\n";
}

int SyncCommand::once(const Options& o, bool quietWhenUnchanged)
{
    try {
        SyncReport report = StoreSync(o.source, o.target)
                                .run({o.query, o.dryRun, o.includeDeleted}, [](const SyncProgress&) { return !g_stop; });
        if (!quietWhenUnchanged || report.changedAnything() || !report.problems.empty()) {
            if (o.watch)
                m_out << clock() << "  ";
            print(o, report);
            m_out.flush();
        }
        return report.problems.empty() ? 0 : 2;
    } catch (...) {
        return reportCliError(m_err);
    }
}

int SyncCommand::run(const Options& o)
{
    // Ctrl-C ends after the run being copied: each run arrives whole or not at all.
    g_stop = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    int code = once(o, false);
    if (!o.watch)
        return code;
    if (code != 0)
        return code;
    m_out << "Watching " << o.source << " every " << o.interval << " s; Ctrl-C stops.\n";
    m_out.flush();
    while (!g_stop) {
        auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(o.interval);
        while (!g_stop && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (g_stop)
            break;
        if (int c = once(o, true); c != 0)
            return c;
    }
    return 0;
}

} // namespace runlens
