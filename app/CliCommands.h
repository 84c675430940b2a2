#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace runlens {

// The CLI subcommands. Each returns the process exit code: 0 ok, 1 the user's mistake
// (one-line message), 2 a problem with the store file.
class CliCommands {
public:
    CliCommands(std::string storePath, std::ostream& out, std::ostream& err);

    int ls(const std::string& query, const std::string& experiment, bool all, bool json);
    int show(const std::string& runId, bool json);
    int exportRuns(const std::vector<std::string>& runIds, const std::string& format, const std::string& output);
    int demo(bool ifEmpty);

    // Runs fn, mapping exceptions to messages and exit codes.
    template <typename Fn>
    int guarded(Fn&& fn);

private:
    std::string storePath() const;
    std::string csvFor(const std::vector<std::string>& runIds) const;
    std::string jsonFor(const std::vector<std::string>& runIds) const;
    int writeOutput(const std::string& text, const std::string& output);

    std::string m_store;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace runlens
