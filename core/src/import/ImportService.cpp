#include "runlens/import/ImportService.h"

#include "import/ImportContext.h"
#include "import/ImportPaths.h"
#include "import/csv/CsvImporters.h"
#include "import/mlflow/MlflowFileStoreImporter.h"
#include "import/mlflow/MlflowSqliteImporter.h"
#include "import/tensorboard/TensorBoardImporter.h"
#include "runlens/model/Uuid.h"
#include "runlens/store/StorePath.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace runlens {

namespace {
constexpr int kMaxDepth = 32; // deeper folders are not logs anyone wrote by hand
}

ImportService::ImportService(Store store) : m_store(std::move(store))
{
    // Folder formats first: a folder claimed by the MLflow file store is not searched
    // further (its artifacts may hold event files that belong to those runs).
    m_importers.push_back(std::make_unique<MlflowFileStoreImporter>());
    m_importers.push_back(std::make_unique<TensorBoardImporter>());
    m_importers.push_back(std::make_unique<MlflowSqliteImporter>());
    m_importers.push_back(std::make_unique<LightningCsvImporter>());
    m_importers.push_back(std::make_unique<KerasCsvImporter>());
}

ImportService::~ImportService() = default;

Importer* ImportService::importerFor(const std::string& path) const
{
    for (const auto& importer : m_importers)
        if (importer->canImport(path))
            return importer.get();
    return nullptr;
}

void ImportService::walk(const std::string& dir, const std::string& root, int depth, std::vector<Source>& out) const
{
    if (depth > kMaxDepth)
        return;
    // Never import the store's own artifact copies back into it.
    if (ImportPaths::canonical(dir) == ImportPaths::canonical(StorePath::artifactRoot(m_store.path())))
        return;
    auto* mlflow = m_importers[0].get();
    auto* tensorboard = m_importers[1].get();
    if (mlflow->canImport(dir)) {
        out.push_back({mlflow, dir, root});
        return;
    }
    if (tensorboard->canImport(dir))
        out.push_back({tensorboard, dir, root});
    std::vector<fs::path> files, dirs;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code tec;
        std::string name = it->path().filename().string();
        if (it->is_symlink(tec) && it->is_directory(tec))
            continue; // a link may loop back up
        if (it->is_directory(tec)) {
            // <run id>/artifacts of an MLflow run (e.g. mlruns/ beside an mlflow.db) holds
            // that run's files, which the MLflow import copies: not runs of their own.
            bool mlflowArtifacts = name == "artifacts" && Uuid::isValid(ImportPaths::baseName(dir));
            if (!name.empty() && name[0] != '.' && !mlflowArtifacts)
                dirs.push_back(it->path());
        } else if (it->is_regular_file(tec) && !TensorBoardImporter::isEventFile(name)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    std::sort(dirs.begin(), dirs.end());
    std::string storeFile = ImportPaths::canonical(m_store.path());
    for (const auto& f : files) {
        if (ImportPaths::canonical(f.string()) == storeFile)
            continue;
        for (std::size_t i = 2; i < m_importers.size(); ++i) {
            if (m_importers[i]->canImport(f.string())) {
                out.push_back({m_importers[i].get(), f.string(), root});
                break;
            }
        }
    }
    for (const auto& d : dirs)
        walk(d.string(), root, depth + 1, out);
}

std::vector<ImportService::Source> ImportService::detect(const std::vector<std::string>& paths,
                                                         std::vector<ImportProblem>& problems) const
{
    std::vector<Source> found;
    for (const auto& given : paths) {
        std::string path = ImportPaths::fromUri(given);
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            problems.push_back({given, "no such file or folder"});
            continue;
        }
        std::size_t before = found.size();
        if (ImportPaths::isDirectory(path)) {
            walk(path, path, 0, found);
        } else if (Importer* importer = importerFor(path)) {
            // An event file stands for its log folder, so giving both imports it once.
            std::string source = importer == m_importers[1].get() ? fs::path(path).parent_path().string() : path;
            found.push_back({importer, source, path});
        }
        if (found.size() == before)
            problems.push_back({given, ImportPaths::isDirectory(path)
                                           ? "nothing Runlens can import was found in this folder"
                                           : "not a format Runlens can import (MLflow, TensorBoard, Lightning or Keras CSV)"});
    }
    // Overlapping paths ("logs" and "logs/run1") must not import a source twice.
    std::set<std::pair<Importer*, std::string>> seen;
    std::vector<Source> unique;
    for (auto& s : found)
        if (seen.insert({s.importer, ImportPaths::canonical(s.path)}).second)
            unique.push_back(std::move(s));
    return unique;
}

ImportReport ImportService::run(const std::vector<std::string>& paths, const ImportOptions& options)
{
    ImportReport report;
    ImportContext context(m_store, options, report);
    std::vector<Source> sources;
    try {
        sources = detect(paths, report.problems);
    } catch (const std::exception& e) {
        report.problems.push_back({"", std::string("could not look through the paths: ") + e.what()});
    }
    report.sourcesFound = static_cast<std::int64_t>(sources.size());
    const double n = static_cast<double>(std::max<std::size_t>(sources.size(), 1));
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source& s = sources[i];
        try {
            context.checkCancelled();
            context.beginSource(s.root, s.path, static_cast<double>(i) / n, static_cast<double>(i + 1) / n);
            s.importer->import(s.path, context);
        } catch (const ImportCancelled&) {
            report.cancelled = true;
            break;
        } catch (const StoreError& e) {
            if (e.isUserError()) {
                report.problems.push_back({s.path, e.what()});
                continue;
            }
            report.storeError = e.what();
            break;
        } catch (const std::exception& e) {
            // A format reader tripped over something unexpected: that source is a problem,
            // the others still import.
            report.problems.push_back({s.path, std::string("could not be read: ") + e.what()});
        }
    }
    if (options.progress)
        options.progress({.fraction = 1.0, .path = {}, .runsImported = report.runsImported});
    return report;
}

} // namespace runlens
