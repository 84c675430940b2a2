#include "ImportCommand.h"

#include "runlens/import/ImportService.h"
#include "runlens/store/Store.h"

#include <ostream>

namespace runlens {

ImportCommand::ImportCommand(std::string storePath, std::ostream& out, std::ostream& err)
    : m_store(std::move(storePath)), m_out(out), m_err(err)
{
}

int ImportCommand::exitCode(const ImportReport& report)
{
    if (!report.storeError.empty())
        return 2;
    if (report.runsImported == 0 && report.runsAlreadyImported == 0)
        return 1;
    return 0;
}

void ImportCommand::printSummary(const ImportReport& r) const
{
    m_out << "Imported " << r.runsImported << (r.runsImported == 1 ? " run" : " runs") << " (" << r.points
          << " points, " << r.params << " params, " << r.artifacts << " artifact files)\n";
    for (const auto& run : r.imported)
        m_out << "  " << run.uuid.substr(0, 8) << "  " << run.format << "  " << run.experiment << " / " << run.name
              << "  <- " << run.path << "\n";
    if (r.runsAlreadyImported > 0) {
        m_out << "Already in the store, skipped: " << r.runsAlreadyImported
              << (r.runsAlreadyImported == 1 ? " run\n" : " runs\n");
        for (const auto& run : r.alreadyImported)
            m_out << "  " << run.uuid.substr(0, 8) << "  " << run.source << "\n";
    }
    if (!r.problems.empty()) {
        m_out << "Skipped or left out (" << r.problems.size() << "):\n";
        for (const auto& p : r.problems)
            m_out << "  " << p.path << ": " << p.message << "\n";
    }
    if (r.cancelled)
        m_out << "Cancelled: runs imported before stay in the store.\n";
}

int ImportCommand::run(const std::vector<std::string>& paths, const std::string& experiment,
                       const std::string& artifactsFrom)
{
    try {
        auto store = Store::open(m_store.empty() ? Store::defaultPath() : m_store);
        ImportService service(store);
        ImportReport report = service.run(paths, {.experiment = experiment, .artifactFolder = artifactsFrom});
        printSummary(report);
        if (!report.storeError.empty())
            m_err << "runlens: import stopped: " << report.storeError << "\n";
        else if (exitCode(report) == 1)
            m_err << "runlens: nothing could be imported from the given paths\n";
        return exitCode(report);
    } catch (const StoreError& e) {
        m_err << "runlens: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        m_err << "runlens: " << e.what() << "\n";
        return 2;
    }
}

} // namespace runlens
