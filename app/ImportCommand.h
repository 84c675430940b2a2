#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace runlens {

struct ImportReport;

// `runlens import PATH... [--experiment NAME]`: imports MLflow, TensorBoard and CSV logs
// and prints what was imported, what was already there and what was skipped and why.
// Exit codes: 0 something imported or everything already there, 1 nothing importable
// in what the user gave, 2 a problem with the store.
class ImportCommand {
public:
    ImportCommand(std::string storePath, std::ostream& out, std::ostream& err);

    int run(const std::vector<std::string>& paths, const std::string& experiment,
            const std::string& artifactsFrom = {});

    static int exitCode(const ImportReport& report);

private:
    void printSummary(const ImportReport& report) const;

    std::string m_store;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace runlens
