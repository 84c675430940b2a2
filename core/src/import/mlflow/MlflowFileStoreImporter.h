#pragma once

#include "runlens/import/Importer.h"

#include <map>
#include <string>
#include <vector>

namespace runlens {

struct ImportedRun;

// MLflow's file store (`mlruns/`): experiments are folders with a meta.yaml, runs are
// folders inside them with meta.yaml, params/, tags/, metrics/ and artifacts/. Also takes
// a single experiment or run folder. Deleted experiments (in .trash) and deleted runs are
// skipped and reported.
class MlflowFileStoreImporter : public Importer {
public:
    std::string name() const override { return "mlflow"; }
    bool canImport(const std::string& path) const override;
    void import(const std::string& path, ImportContext& context) override;

    enum class Kind { None, Store, Experiment, Run };
    static Kind kindOf(const std::string& dir);

private:
    struct RunDir {
        std::string dir;
        std::string id;
        std::string parentId;
        std::string experiment;
        std::map<std::string, std::string> tags;
    };

    void collectExperiment(const std::string& expDir, std::vector<RunDir>& runs, ImportContext& context) const;
    bool collectRun(const std::string& runDir, const std::string& experiment, std::vector<RunDir>& runs,
                    ImportContext& context) const;
    void reportTrash(const std::string& storeDir, ImportContext& context) const;
    void importRun(const RunDir& rd, ImportContext& context) const;
    static std::map<std::string, std::string> readKeyFiles(const std::string& dir);
    static void readMetrics(const std::string& dir, ImportedRun& run, ImportContext& context);
    static void addArtifacts(const std::string& runDir, const std::string& artifactUri, ImportedRun& run,
                             ImportContext& context);
};

} // namespace runlens
