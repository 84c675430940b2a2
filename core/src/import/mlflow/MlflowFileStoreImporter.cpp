#include "import/mlflow/MlflowFileStoreImporter.h"

#include "import/ImportContext.h"
#include "import/ImportPaths.h"
#include "import/ImportYaml.h"
#include "import/mlflow/MlflowMetricLines.h"
#include "import/mlflow/MlflowRunMapping.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace runlens {

namespace {

std::vector<std::string> subdirs(const std::string& dir)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code dec;
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] != '.' && it->is_directory(dec) && !it->is_symlink(dec))
            out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

// meta.yaml of an experiment has artifact_location and experiment_id; a run's has run_id
// or run_uuid. Text checks, so a huge or broken file costs nothing here.
bool metaHas(const std::string& dir, const char* key)
{
    std::string head = ImportPaths::head((fs::path(dir) / "meta.yaml").string(), 4096);
    return head.find(std::string("\n") + key + ":") != std::string::npos || head.rfind(std::string(key) + ":", 0) == 0;
}

bool isExperimentDir(const std::string& dir) { return metaHas(dir, "experiment_id") && metaHas(dir, "artifact_location"); }
bool isRunDir(const std::string& dir) { return metaHas(dir, "run_uuid") || metaHas(dir, "run_id"); }
// A folder shaped like a run whose meta.yaml does not say so (garbage, cut off, missing).
bool looksLikeRunDir(const std::string& dir)
{
    return ImportPaths::isFile((fs::path(dir) / "meta.yaml").string()) ||
           ImportPaths::isDirectory((fs::path(dir) / "metrics").string()) ||
           ImportPaths::isDirectory((fs::path(dir) / "params").string());
}

} // namespace

MlflowFileStoreImporter::Kind MlflowFileStoreImporter::kindOf(const std::string& dir)
{
    if (!ImportPaths::isDirectory(dir))
        return Kind::None;
    if (isRunDir(dir))
        return Kind::Run;
    if (isExperimentDir(dir))
        return Kind::Experiment;
    for (const auto& sub : subdirs(dir))
        if (isExperimentDir(sub))
            return Kind::Store;
    return Kind::None;
}

bool MlflowFileStoreImporter::canImport(const std::string& path) const
{
    return kindOf(path) != Kind::None;
}

std::map<std::string, std::string> MlflowFileStoreImporter::readKeyFiles(const std::string& dir)
{
    // Keys may contain "/": MLflow stores "a/b" as the file a/b.
    std::map<std::string, std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code fec;
        if (it->is_regular_file(fec))
            out[it->path().lexically_relative(dir).generic_string()] = readFile(it->path().string());
    }
    return out;
}

void MlflowFileStoreImporter::reportTrash(const std::string& storeDir, ImportContext& context) const
{
    for (const auto& exp : subdirs((fs::path(storeDir) / ".trash").string())) {
        std::string error;
        YAML::Node meta = ImportYaml::load((fs::path(exp) / "meta.yaml").string(), error);
        std::string name = ImportYaml::text(meta, "name");
        context.problem(exp, "experiment '" + (name.empty() ? ImportPaths::baseName(exp) : name) +
                                 "' is deleted in MLflow (in .trash): its runs were not imported");
    }
}

bool MlflowFileStoreImporter::collectRun(const std::string& runDir, const std::string& experiment,
                                         std::vector<RunDir>& runs, ImportContext& context) const
{
    std::string error;
    YAML::Node meta = ImportYaml::load((fs::path(runDir) / "meta.yaml").string(), error);
    if (!error.empty() || !meta.IsMap()) {
        context.problem(runDir, "run not imported: meta.yaml " + (error.empty() ? std::string("is not a mapping") : error));
        return false;
    }
    RunDir rd;
    rd.dir = runDir;
    rd.id = ImportYaml::text(meta, "run_id");
    if (rd.id.empty())
        rd.id = ImportYaml::text(meta, "run_uuid");
    if (rd.id.empty())
        rd.id = ImportPaths::baseName(runDir);
    if (ImportYaml::text(meta, "lifecycle_stage") == "deleted") {
        context.problem(runDir, "run " + rd.id + " is deleted in MLflow: not imported");
        return false;
    }
    rd.experiment = experiment;
    rd.tags = readKeyFiles((fs::path(runDir) / "tags").string());
    if (auto it = rd.tags.find("mlflow.parentRunId"); it != rd.tags.end())
        rd.parentId = it->second;
    runs.push_back(std::move(rd));
    return true;
}

void MlflowFileStoreImporter::collectExperiment(const std::string& expDir, std::vector<RunDir>& runs,
                                                ImportContext& context) const
{
    std::string error;
    YAML::Node meta = ImportYaml::load((fs::path(expDir) / "meta.yaml").string(), error);
    if (!error.empty()) {
        context.problem(expDir, "experiment not imported: meta.yaml " + error);
        return;
    }
    std::string name = ImportYaml::text(meta, "name");
    if (name.empty())
        name = "mlflow-" + ImportPaths::baseName(expDir);
    if (ImportYaml::text(meta, "lifecycle_stage") == "deleted") {
        context.problem(expDir, "experiment '" + name + "' is deleted in MLflow: its runs were not imported");
        return;
    }
    for (const auto& dir : subdirs(expDir)) {
        context.checkCancelled();
        if (isRunDir(dir))
            collectRun(dir, name, runs, context);
        else if (looksLikeRunDir(dir)) // nothing is skipped silently (docs/importing.md)
            context.problem(dir, "run not imported: its meta.yaml is missing, unreadable or names no run_id");
    }
}

void MlflowFileStoreImporter::readMetrics(const std::string& dir, ImportedRun& run, ImportContext& context)
{
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code fec;
        if (it->is_regular_file(fec))
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::string key = file.lexically_relative(dir).generic_string();
        std::ifstream in(file, std::ios::binary);
        auto read = MlflowMetricLines::read(in, run.batch(key));
        if (read.unreadable)
            context.problem(file.string(), std::to_string(read.unreadable) +
                                               " unreadable lines skipped (expected 'timestamp value "
                                               "step', numbers, the step a 64-bit integer)");
        if (read.tooLong)
            context.problem(file.string(), std::to_string(read.tooLong) + " lines longer than " +
                                               std::to_string(MlflowMetricLines::kMaxLineBytes) +
                                               " bytes skipped (not metric lines)");
    }
}

void MlflowFileStoreImporter::addArtifacts(const std::string& runDir, const std::string& artifactUri, ImportedRun& run,
                                           ImportContext& context)
{
    // The files are beside meta.yaml when the store was copied here; artifact_uri names
    // where they were when written (often another machine: file:///C:/...). It is the
    // imported store's word only (file:///etc once copied /etc/shadow), so a folder it
    // names must be one the user imported or allowed.
    fs::path dir = fs::path(runDir) / "artifacts";
    if (!ImportPaths::isDirectory(dir.string())) {
        std::string uri = ImportPaths::fromUri(artifactUri);
        if (uri.empty() || !ImportPaths::isDirectory(uri) || !context.artifactFolderAllowed(uri, runDir)) {
            if (!artifactUri.empty())
                run.tags.emplace_back("mlflow.artifactUri", artifactUri);
            return;
        }
        dir = uri;
    }
    context.listArtifacts(dir.string(), run);
}

void MlflowFileStoreImporter::importRun(const RunDir& rd, ImportContext& context) const
{
    if (context.skipIfImported(MlflowRunMapping::source(rd.id), name(), rd.dir))
        return;
    std::string error;
    YAML::Node meta = ImportYaml::load((fs::path(rd.dir) / "meta.yaml").string(), error);
    ImportedRun run;
    run.format = name();
    run.path = rd.dir;
    run.source = MlflowRunMapping::source(rd.id);
    run.preferredUuid = rd.id;
    run.experiment = rd.experiment;
    std::string metaName = ImportYaml::text(meta, "run_name");
    if (metaName.empty())
        metaName = ImportYaml::text(meta, "name");
    MlflowRunMapping::applyTags(run, metaName, rd.tags);
    run.status = MlflowRunMapping::status(ImportYaml::text(meta, "status"));
    run.startTime = MlflowRunMapping::millisToSeconds(ImportYaml::text(meta, "start_time"));
    double end = MlflowRunMapping::millisToSeconds(ImportYaml::text(meta, "end_time"));
    run.endTime = run.status == "running" || std::isnan(end) ? -1 : end;
    for (const auto& [key, value] : readKeyFiles((fs::path(rd.dir) / "params").string()))
        run.params.emplace_back(key, value);
    readMetrics((fs::path(rd.dir) / "metrics").string(), run, context);
    addArtifacts(rd.dir, ImportYaml::text(meta, "artifact_uri"), run, context);
    context.commit(run);
}

void MlflowFileStoreImporter::import(const std::string& path, ImportContext& context)
{
    std::vector<RunDir> runs;
    switch (kindOf(path)) {
    case Kind::Store:
        reportTrash(path, context);
        for (const auto& dir : subdirs(path))
            if (isExperimentDir(dir))
                collectExperiment(dir, runs, context);
        break;
    case Kind::Experiment:
        collectExperiment(path, runs, context);
        break;
    case Kind::Run: {
        std::string error;
        YAML::Node expMeta = ImportYaml::load((fs::path(path).parent_path() / "meta.yaml").string(), error);
        std::string exp = ImportYaml::text(expMeta, "name");
        collectRun(path, exp.empty() ? context.experimentFor(path) : exp, runs, context);
        break;
    }
    case Kind::None:
        context.problem(path, "not an MLflow file store");
        return;
    }
    std::vector<std::string> ids, parents;
    for (const auto& r : runs) {
        ids.push_back(r.id);
        parents.push_back(r.parentId);
    }
    auto order = MlflowRunMapping::parentsFirst(ids, parents);
    for (std::size_t i = 0; i < order.size(); ++i) {
        context.checkCancelled();
        importRun(runs[order[i]], context);
        context.progress(i + 1, order.size());
    }
}

} // namespace runlens
