#include "CliCommands.h"

#include "CliErrors.h"
#include "RunTableText.h"
#include "runlens/demo/DemoData.h"
#include "runlens/store/RunJson.h"
#include "runlens/store/Store.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace runlens {

CliCommands::CliCommands(std::string storePath, std::ostream& out, std::ostream& err)
    : m_store(std::move(storePath)), m_out(out), m_err(err)
{
}

std::string CliCommands::storePath() const { return m_store.empty() ? Store::defaultPath() : m_store; }

template <typename Fn>
int CliCommands::guarded(Fn&& fn)
{
    try {
        return fn();
    } catch (...) {
        return reportCliError(m_err);
    }
}

int CliCommands::ls(const std::string& query, const std::string& experiment, bool all, bool json)
{
    return guarded([&] {
        auto store = Store::openExisting(storePath());
        auto runs = store.runs({.query = query, .experiment = experiment, .includeArchived = all});
        if (!json)
            m_out << RunTableText::render(runs);
        else {
            RunJson::writeRuns(m_out, runs);
            m_out << "\n";
        }
        return 0;
    });
}

int CliCommands::show(const std::string& runId, bool json)
{
    return guarded([&] {
        auto store = Store::openExisting(storePath());
        auto run = store.run(runId);
        if (!json)
            m_out << RunTableText::renderOne(run);
        else {
            RunJson::writeRun(m_out, run);
            m_out << "\n";
        }
        return 0;
    });
}

namespace {

// Points by step, as Store::metric() gives them (stable: equal steps keep log order).
SeriesData byStep(SeriesData d)
{
    if (std::is_sorted(d.steps.begin(), d.steps.end()))
        return d;
    std::vector<std::size_t> order(d.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return d.steps[a] < d.steps[b]; });
    SeriesData out;
    for (std::size_t i : order) {
        out.steps.push_back(d.steps[i]);
        out.values.push_back(d.values[i]);
        out.times.push_back(d.times[i]);
    }
    return out;
}

} // namespace

// The series is read by id from the run already loaded: Store::metric() would load the
// whole run again per series (10 000 series took 111 s). A damaged series must not
// cost the user the rest of the export: it is left out, and exportRuns names it on
// stderr and exits 2.
std::optional<SeriesData> CliCommands::readSeries(const Store& store, const SeriesSummary& summary)
{
    try {
        return byStep(store.seriesTail(summary.seriesId, 0));
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::File)
            throw;
        m_damaged.push_back(e.what());
        return std::nullopt;
    }
}

std::string CliCommands::csvFor(const std::vector<std::string>& runIds)
{
    auto store = Store::openExisting(storePath());
    std::ostringstream csv;
    csv << "run_id,run_name,key,slice,step,value,time\n";
    auto quote = [](const std::string& s) {
        if (s.find_first_of(",\"\n\r") == std::string::npos)
            return s;
        std::string q = "\"";
        for (char c : s)
            q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    for (const auto& id : runIds) {
        auto run = store.run(id);
        for (const auto& s : run.series) {
            auto read = readSeries(store, s);
            if (!read)
                continue;
            const auto& data = *read;
            for (std::size_t i = 0; i < data.size(); ++i)
                csv << run.uuid << ',' << quote(run.name) << ',' << quote(s.key) << ',' << quote(s.slice) << ','
                    << data.steps[i] << ',' << formatNumber(data.values[i]) << ',' << formatNumber(data.times[i])
                    << '\n';
        }
    }
    return csv.str();
}

std::string CliCommands::jsonFor(const std::vector<std::string>& runIds)
{
    auto store = Store::openExisting(storePath());
    std::string out = "[\n";
    for (std::size_t r = 0; r < runIds.size(); ++r) {
        auto run = store.run(runIds[r]);
        std::vector<RunJson::NamedSeries> series;
        for (const auto& s : run.series)
            if (auto data = readSeries(store, s))
                series.push_back({s.key, s.slice, std::move(*data)});
        out += RunJson::metrics(run, series, -1) + (r + 1 < runIds.size() ? ",\n" : "\n");
    }
    return out + "]\n";
}

int CliCommands::writeOutput(const std::string& text, const std::string& output)
{
    if (output.empty() || output == "-") {
        m_out << text;
        return 0;
    }
    // Write beside the target and rename: a reader never sees half a file.
    std::string tmp = output + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream f(tmp, std::ios::binary);
        f << text;
        f.flush();
        if (!f) {
            std::filesystem::remove(tmp);
            m_err << "runlens: cannot write '" << output << "'\n";
            return 1;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, output, ec);
    if (ec) {
        std::filesystem::remove(tmp);
        m_err << "runlens: cannot write '" << output << "': " << ec.message() << "\n";
        return 1;
    }
    return 0;
}

int CliCommands::exportRuns(const std::vector<std::string>& runIds, const std::string& format,
                            const std::string& output)
{
    return guarded([&] {
        m_damaged.clear();
        std::string text = format == "csv" ? csvFor(runIds) : jsonFor(runIds);
        int rc = writeOutput(text, output);
        for (const auto& message : m_damaged)
            m_err << "runlens: left out of the export: " << message << "\n";
        return rc != 0 ? rc : (m_damaged.empty() ? 0 : 2);
    });
}

int CliCommands::artifactList(const std::string& runId)
{
    return guarded([&] {
        auto store = Store::openExisting(storePath());
        for (const auto& a : store.artifacts(runId))
            m_out << a.path << "\t" << a.size << "\t" << a.sha256 << "\n";
        return 0;
    });
}

int CliCommands::artifactGet(const std::string& runId, const std::string& path, const std::string& output)
{
    return guarded([&] {
        auto store = Store::openExisting(storePath());
        if (output == "-") {
            std::ifstream in(store.artifactFile(runId, path), std::ios::binary);
            m_out << in.rdbuf();
            return 0;
        }
        std::string target = output.empty() ? std::filesystem::path(path).filename().string() : output;
        store.saveArtifact(runId, path, target);
        m_err << "Saved '" << path << "' to " << target << "\n";
        return 0;
    });
}

int CliCommands::demo(bool ifEmpty)
{
    return guarded([&] {
        auto store = Store::open(storePath());
        if (ifEmpty && store.runCount() > 0) {
            m_out << "The store " << store.path() << " already has runs; no demo data added.\n";
            return 0;
        }
        auto summary = DemoData::generate(store);
        m_out << "Trained " << summary.runs << " demo runs (" << summary.failed << " diverged, "
              << summary.points << " points) into " << store.path() << "\n";
        return 0;
    });
}

} // namespace runlens
