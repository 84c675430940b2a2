#pragma once

#include <string>

namespace runlens {

class ImportContext;

// One format Runlens can import. An importer reads a source into runs and hands each
// run to the context, which writes it in one transaction (or reports why not).
class Importer {
public:
    virtual ~Importer() = default;

    // Short format name used in reports: "mlflow", "tensorboard", ...
    virtual std::string name() const = 0;
    // Whether path (a file or a folder) is a source of this format. Cheap: looks at
    // names and the first bytes, never reads a whole file.
    virtual bool canImport(const std::string& path) const = 0;
    // Imports every run of the source at path. Problems go to the context's report;
    // only store failures and cancellation leave by exception.
    virtual void import(const std::string& path, ImportContext& context) = 0;
};

} // namespace runlens
