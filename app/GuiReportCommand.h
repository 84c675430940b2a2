#pragma once

#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace runlens {

class Store;
struct ReportInput;

// `runlens report --store S --query Q [--compare baseline=RUN] [--sections …] [--page a4]
// [--landscape] -o report.pdf|report.html`: writes a report with no display, for CI jobs
// and cron. Qt runs on the offscreen platform inside the command (unless
// QT_QPA_PLATFORM says otherwise), so the output does not depend on a desktop.
// Exit codes: 0 written, 1 the user's input (bad query, unknown baseline or section,
// unwritable path), 2 a problem with the store or while writing.
class GuiReportCommand {
public:
    struct Options {
        std::string query;
        std::string experiment;
        bool all = false;            // include archived runs
        std::string compare;         // "baseline=RUN" or "RUN"
        std::string sections;        // comma-separated ids; "" = the defaults
        std::string page = "a4";
        bool landscape = false;
        bool byConfig = false;
        std::string title;
        std::string diagram;
        std::string output;
    };

    static CLI::App* addTo(CLI::App& app, Options& options);

    GuiReportCommand(std::string storePath, std::ostream& out, std::ostream& err);
    int run(const Options& options);

private:
    int fail(int code, const std::string& message);
    // Finds the --compare run and puts it among the runs; 1 when there is no such run.
    int resolveBaseline(const Store& store, const std::string& id, ReportInput& input);

    std::string m_store;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace runlens
