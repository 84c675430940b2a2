#pragma once

#include "runlens/import/Importer.h"

#include <string>

namespace runlens {

// Keras' CSVLogger (`training.log` by convention): a header starting with `epoch`, one
// row per epoch. The epoch is the step. One run per file.
class KerasCsvImporter : public Importer {
public:
    std::string name() const override { return "keras-csv"; }
    bool canImport(const std::string& path) const override;
    void import(const std::string& path, ImportContext& context) override;
};

// PyTorch Lightning's CSVLogger: `metrics.csv` with a `step` and an `epoch` column and
// sparse rows, plus `hparams.yaml` beside it. One run per file, named after its folder
// (version_N).
class LightningCsvImporter : public Importer {
public:
    std::string name() const override { return "lightning-csv"; }
    bool canImport(const std::string& path) const override;
    void import(const std::string& path, ImportContext& context) override;
};

} // namespace runlens
