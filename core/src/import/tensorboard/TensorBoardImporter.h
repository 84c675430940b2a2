#pragma once

#include "runlens/import/Importer.h"

#include <string>
#include <vector>

namespace runlens {

struct ImportedRun;

// TensorBoard logs: one run per folder that directly holds events.out.tfevents.* files
// (its files read in name order). A log folder inside another log folder of the same
// import becomes its child run. hparams plugin data, and a Lightning hparams.yaml beside
// the files, become params.
class TensorBoardImporter : public Importer {
public:
    std::string name() const override { return "tensorboard"; }
    bool canImport(const std::string& path) const override;
    void import(const std::string& path, ImportContext& context) override;

    static bool isEventFile(const std::string& fileName);
    static std::vector<std::string> eventFiles(const std::string& dir);

private:
    static std::string parentLogDir(const std::string& logDir, const std::string& root);
    static void readFile(const std::string& file, ImportedRun& run, ImportContext& context);
    static void addHparamsYaml(const std::string& logDir, ImportedRun& run, ImportContext& context);
};

} // namespace runlens
