#include "import/csv/KerasCsvImporter.h"

#include "import/csv/CsvReader.h"
#include "import/ImportContext.h"
#include "import/csv/ImportCsvSeries.h"
#include "import/ImportPaths.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace runlens {

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
    std::string file = ImportPaths::canonical(path);
    std::string source = "csv:" + file;
    if (context.skipIfImported(source, name(), file))
        return;
    std::vector<CsvReader::Row> rows;
    std::string error;
    if (!CsvReader::read(file, rows, error) || rows.empty()) {
        context.problem(file, error.empty() ? "empty file" : error);
        return;
    }
    ImportedRun run;
    run.format = name();
    run.path = file;
    run.source = source;
    run.name = context.runNameFor(file);
    double time = ImportPaths::modifiedTime(file);
    run.startTime = time;
    run.endTime = time;
    ImportCsvSeries::fill(rows, 0, {}, time, file, run, context);
    context.commit(run);
}

} // namespace runlens
