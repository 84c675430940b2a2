#include "import/csv/CsvImporters.h"
#include "import/ImportContext.h"
#include "import/ImportPaths.h"
#include "import/ImportYaml.h"
#include "import/csv/CsvReader.h"
#include "import/csv/ImportCsvSeries.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace runlens {

namespace {

// Both loggers: the file's rows and the run's identity (format, path, source), unless the
// file was imported before or cannot be read (then a problem is reported): false.
bool readLog(const std::string& path, const std::string& format, ImportContext& context,
             std::vector<CsvReader::Row>& rows, ImportedRun& run)
{
    std::string file = ImportPaths::canonical(path);
    std::string source = "csv:" + file;
    if (context.skipIfImported(source, format, file))
        return false;
    std::string error;
    if (!CsvReader::read(file, rows, error) || rows.empty()) {
        context.problem(file, error.empty() ? "empty file" : error);
        return false;
    }
    run.format = format;
    run.path = file;
    run.source = source;
    return true;
}

} // namespace

bool KerasCsvImporter::canImport(const std::string& path) const
{
    std::string base = ImportPaths::baseName(path);
    std::string ext = fs::path(base).extension().string();
    if (base == "metrics.csv" || (ext != ".log" && ext != ".csv" && ext != ".txt") || !ImportPaths::isFile(path))
        return false;
    auto header = CsvReader::header(path);
    return header.size() >= 2 && header.front() == "epoch";
}

void KerasCsvImporter::import(const std::string& path, ImportContext& context)
{
    std::vector<CsvReader::Row> rows;
    ImportedRun run;
    if (!readLog(path, name(), context, rows, run))
        return;
    const std::string file = run.path;
    run.name = context.runNameFor(file);
    double time = ImportPaths::modifiedTime(file);
    run.startTime = time;
    run.endTime = time;
    ImportCsvSeries::fill(rows, 0, {}, time, file, run, context);
    context.commit(run);
}

namespace {

int column(const CsvReader::Row& header, const std::string& name)
{
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
}

void addHparams(const std::string& dir, ImportedRun& run, ImportContext& context)
{
    std::string file = (fs::path(dir) / "hparams.yaml").string();
    if (!ImportPaths::isFile(file))
        return;
    std::string error;
    std::vector<std::string> skipped;
    YAML::Node doc = ImportYaml::loadMapping(file, skipped, error);
    if (!error.empty()) {
        context.problem(file, error);
        return;
    }
    run.params = ImportYaml::flatten(doc, skipped, error);
    if (!error.empty())
        context.problem(file, error);
    if (!skipped.empty()) {
        std::string keys;
        for (const auto& k : skipped)
            keys += (keys.empty() ? "" : ", ") + k;
        context.problem(file, "left out values that are Python objects (never executed) or unreadable: " + keys);
    }
}

} // namespace

bool LightningCsvImporter::canImport(const std::string& path) const
{
    if (ImportPaths::baseName(path) != "metrics.csv" || !ImportPaths::isFile(path))
        return false;
    auto header = CsvReader::header(path);
    return column(header, "step") >= 0 || column(header, "epoch") >= 0;
}

void LightningCsvImporter::import(const std::string& path, ImportContext& context)
{
    std::vector<CsvReader::Row> rows;
    ImportedRun run;
    if (!readLog(path, name(), context, rows, run))
        return;
    const std::string file = run.path;
    std::string dir = fs::path(file).parent_path().string();
    run.name = context.runNameFor(dir);
    run.experiment = context.experimentFor(dir);
    // The CSV has no times; the file's modification time is when the run last logged.
    double time = ImportPaths::modifiedTime(file);
    run.startTime = time;
    run.endTime = time;
    int step = column(rows.front(), "step");
    std::set<int> skip;
    if (step < 0)
        step = column(rows.front(), "epoch"); // no global step: epochs are the steps
    ImportCsvSeries::fill(rows, step, skip, time, file, run, context);
    addHparams(dir, run, context);
    context.commit(run);
}

} // namespace runlens
