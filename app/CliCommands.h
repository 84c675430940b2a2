#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace runlens {

class Store;
struct SeriesData;
struct SeriesSummary;

// The CLI subcommands. Each returns the process exit code: 0 ok, 1 the user's mistake
// (one-line message), 2 a problem with the store file.
class CliCommands {
public:
    CliCommands(std::string storePath, std::ostream& out, std::ostream& err);

    int ls(const std::string& query, const std::string& experiment, bool all, bool json);
    int show(const std::string& runId, bool json);
    int exportRuns(const std::vector<std::string>& runIds, const std::string& format, const std::string& output);
    int demo(bool ifEmpty);
    // The artifacts of a run (name, size, sha256), or one of them written to a file
    // ("-": standard output) after its sha256 is checked, on either engine.
    int artifactList(const std::string& runId);
    int artifactGet(const std::string& runId, const std::string& path, const std::string& output);

    // Runs fn, mapping exceptions to messages and exit codes.
    template <typename Fn>
    int guarded(Fn&& fn);

private:
    std::string storePath() const;
    std::string csvFor(const std::vector<std::string>& runIds);
    std::string jsonFor(const std::vector<std::string>& runIds);
    // The points of one series, or nothing if its chunks are damaged (noted in m_damaged).
    std::optional<SeriesData> readSeries(const Store& store, const SeriesSummary& summary);
    int writeOutput(const std::string& text, const std::string& output);

    std::string m_store;
    std::ostream& m_out;
    std::ostream& m_err;
    std::vector<std::string> m_damaged; // one message per series an export had to leave out
};

} // namespace runlens
