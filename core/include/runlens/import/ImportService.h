#pragma once

#include "runlens/import/ImportOptions.h"
#include "runlens/import/ImportReport.h"
#include "runlens/import/Importer.h"
#include "runlens/store/Store.h"

#include <memory>
#include <string>
#include <vector>

namespace runlens {

// Imports what users already logged with other tools (docs/importing.md). Give it files
// or folders; a folder may hold any mix of formats at any depth. Each run is written in
// its own transaction and remembered by its source id, so importing again adds nothing.
class ImportService {
public:
    // One importable thing found under a path the user gave.
    struct Source {
        Importer* importer = nullptr;
        std::string path;  // the file or folder the importer reads
        std::string root;  // the path the user gave it under
    };

    explicit ImportService(Store store);
    ~ImportService();
    ImportService(const ImportService&) = delete;
    ImportService& operator=(const ImportService&) = delete;

    // Never throws for bad input: everything goes into the report. A store failure
    // stops the import and sets report.storeError.
    ImportReport run(const std::vector<std::string>& paths, const ImportOptions& options = {});

    // What run() would import, in import order; problems for paths that hold nothing.
    std::vector<Source> detect(const std::vector<std::string>& paths, std::vector<ImportProblem>& problems) const;

    const std::vector<std::unique_ptr<Importer>>& importers() const { return m_importers; }

private:
    void walk(const std::string& dir, const std::string& root, int depth, std::vector<Source>& out) const;
    Importer* importerFor(const std::string& path) const;

    Store m_store;
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace runlens
