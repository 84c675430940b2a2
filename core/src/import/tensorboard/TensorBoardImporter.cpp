#include "import/tensorboard/TensorBoardImporter.h"

#include "import/ImportContext.h"
#include "import/ImportPaths.h"
#include "import/ImportYaml.h"
#include "import/tensorboard/TensorBoardEventDecoder.h"
#include "import/tensorboard/TfRecordReader.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace runlens {

bool TensorBoardImporter::isEventFile(const std::string& fileName)
{
    return fileName.rfind("events.out.tfevents.", 0) == 0;
}

std::vector<std::string> TensorBoardImporter::eventFiles(const std::string& dir)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code fec;
        if (isEventFile(it->path().filename().string()) && it->is_regular_file(fec))
            files.push_back(it->path().string());
    }
    // Names carry the writer's start time in seconds: name order is time order.
    std::sort(files.begin(), files.end());
    return files;
}

bool TensorBoardImporter::canImport(const std::string& path) const
{
    if (ImportPaths::isDirectory(path))
        return !eventFiles(path).empty();
    return ImportPaths::isFile(path) && isEventFile(ImportPaths::baseName(path));
}

// The nearest folder above logDir, still inside the import root, that is itself a log
// folder: that run is the parent.
std::string TensorBoardImporter::parentLogDir(const std::string& logDir, const std::string& root)
{
    fs::path dir(logDir);
    fs::path top(root);
    while (dir != top && dir.has_parent_path() && dir.parent_path() != dir) {
        dir = dir.parent_path();
        auto rel = dir.lexically_relative(top);
        if (rel.empty() || *rel.begin() == "..")
            break;
        if (!eventFiles(dir.string()).empty())
            return dir.generic_string();
    }
    return {};
}

void TensorBoardImporter::readFile(const std::string& file, ImportedRun& run, ImportContext& context)
{
    TensorBoardEventDecoder decoder(run);
    std::uint64_t malformed = 0;
    auto result = TfRecordReader::read(file, [&](std::string_view record) {
        if (!decoder.decode(record))
            ++malformed;
        return true;
    });
    if (!result.error.empty()) {
        std::string message = "damaged event file: " + result.error;
        if (result.fileSize)
            message += "; kept the " + std::to_string(result.records) + " records before it, the last " +
                       std::to_string(result.fileSize - result.bytesRead) + " bytes were not read";
        context.problem(file, message);
    }
    if (malformed)
        context.problem(file, std::to_string(malformed) + " records were not TensorBoard events and were skipped");
    if (!decoder.skippedTags().empty()) {
        std::int64_t values = 0;
        std::string tags;
        for (const auto& [tag, count] : decoder.skippedTags()) {
            values += count;
            tags += (tags.empty() ? "" : ", ") + tag;
        }
        context.problem(file, "left out " + std::to_string(values) +
                                  " values that are not scalars (images, histograms, graphs, text): " + tags);
    }
}

void TensorBoardImporter::addHparamsYaml(const std::string& logDir, ImportedRun& run, ImportContext& context)
{
    std::string file = (fs::path(logDir) / "hparams.yaml").string();
    if (!ImportPaths::isFile(file))
        return;
    std::string error;
    std::vector<std::string> skipped;
    YAML::Node doc = ImportYaml::loadMapping(file, skipped, error);
    if (!error.empty()) {
        context.problem(file, error);
        return;
    }
    std::set<std::string> have;
    for (const auto& p : run.params)
        have.insert(p.first);
    for (auto& [key, value] : ImportYaml::flatten(doc, skipped, error))
        if (have.insert(key).second)
            run.params.emplace_back(key, value);
    if (!error.empty())
        context.problem(file, error);
    // Keys the hparams plugin already gave (as text) are not lost; report the others.
    std::erase_if(skipped, [&](const std::string& k) { return have.count(k) > 0; });
    if (!skipped.empty()) {
        std::string keys;
        for (const auto& k : skipped)
            keys += (keys.empty() ? "" : ", ") + k;
        context.problem(file, "left out values that are Python objects (never executed) or unreadable: " + keys);
    }
}

void TensorBoardImporter::import(const std::string& path, ImportContext& context)
{
    std::string logDir = ImportPaths::canonical(ImportPaths::isDirectory(path) ? path : fs::path(path).parent_path().string());
    std::string source = "tensorboard:" + logDir;
    if (context.skipIfImported(source, name(), logDir))
        return;
    ImportedRun run;
    run.format = name();
    run.path = logDir;
    run.source = source;
    run.name = context.runNameFor(logDir);
    std::string parent = parentLogDir(logDir, context.root());
    if (!parent.empty())
        run.parentSource = "tensorboard:" + parent;
    // Logs can hold millions of points: they stream into the store while being read.
    if (!context.beginStream(run))
        return;
    struct Guard {
        ImportContext& c;
        ~Guard() { c.abortStream(); }
    } guard{context};
    auto files = eventFiles(logDir);
    for (std::size_t i = 0; i < files.size(); ++i) {
        context.checkCancelled();
        readFile(files[i], run, context);
        context.progress(i + 1, files.size() + 1);
    }
    addHparamsYaml(logDir, run, context);
    // Only damaged or non-scalar files: an empty run would only hide that in the table.
    if (run.pointCount() == 0 && run.params.empty()) {
        context.problem(logDir, "no scalars or hyperparameters found: no run imported");
        return;
    }
    context.endStream(run);
}

} // namespace runlens
