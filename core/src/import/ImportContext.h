#pragma once

#include "store/ArtifactCopier.h"
#include "import/ImportStream.h"
#include "import/ImportedRun.h"
#include "runlens/import/ImportOptions.h"
#include "runlens/import/ImportReport.h"
#include "runlens/store/Store.h"

#include <memory>
#include <string>

namespace runlens {

// Thrown by ImportContext when the user cancelled; ImportService catches it.
struct ImportCancelled {};

// What an importer sees while it imports one source: the store to write to, the options,
// the report to fill, and the naming rules shared by the formats (docs/importing.md).
class ImportContext {
public:
    ImportContext(Store store, const ImportOptions& options, ImportReport& report);

    // The path the user gave (the source was found under it) and the fraction of the
    // whole import this source spans; ImportService sets them per source.
    void beginSource(const std::string& root, const std::string& path, double from, double to);

    // Writes run in one transaction, or records it as already imported or as a problem.
    // Returns true when it was written. Throws ImportCancelled and store failures.
    bool commit(ImportedRun& run);
    // True (and recorded in the report) when source is already in the store: importers
    // ask before reading a big file they would then not need.
    bool skipIfImported(const std::string& source, const std::string& format, const std::string& path);

    // For runs too big to hold in memory (TensorBoard logs): beginStream starts writing
    // run (its metadata as known now) in a transaction of its own and makes its batches
    // flush to the store as they fill; endStream adds the params, tags and times known by
    // then and commits. False from beginStream: already imported (recorded). Any
    // exception in between (cancel, damage) rolls the run back.
    bool beginStream(ImportedRun& run);
    bool endStream(ImportedRun& run);
    void abortStream();

    void problem(const std::string& path, const std::string& message);
    // Whether artifacts may be copied from folder (named by an imported artifact_uri):
    // only from inside the imported folder or the one the options name. When not,
    // the report says so for runPath.
    bool artifactFolderAllowed(const std::string& folder, const std::string& runPath);
    // Adds the regular files under dir to run's artifacts, sorted by name. Symlinks and
    // special files are not followed or copied; each is reported.
    void listArtifacts(const std::string& dir, ImportedRun& run);
    // Throws ImportCancelled when the user asked to stop.
    void checkCancelled() const;
    // done of total runs of the current source are through.
    void progress(std::size_t done, std::size_t total);

    // Experiment and run name for a run that lives at runPath (a folder or file) and
    // whose format does not name them: the folder the user imported names the
    // experiment, the path below it names the run.
    std::string experimentFor(const std::string& runPath) const;
    std::string runNameFor(const std::string& runPath) const;

    // The path the user gave, canonical.
    const std::string& root() const { return m_root; }
    const ImportOptions& options() const { return m_options; }
    const Store& store() const { return m_store; }

private:
    std::string existingUuid(const std::string& source) const;
    std::string chooseUuid(const std::string& preferred) const;
    void sanitize(ImportedRun& run);
    std::vector<ArtifactCopier::Result> copyArtifacts(const ImportedRun& run, const std::string& uuid);
    void write(ImportedRun& run, const std::string& uuid, const std::string& parentUuid,
               const std::vector<ArtifactCopier::Result>& copied);
    bool keepKey(const ImportedRun& run, const char* what, const std::string& key, const std::string* text);
    std::string prepare(ImportedRun& run);
    void counted(const ImportedRun& run, const std::string& uuid, std::int64_t artifacts);
    std::string baseDirFor(const std::string& runPath) const;

    Store m_store;
    const ImportOptions& m_options;
    ImportReport& m_report;
    std::string m_root;
    std::string m_path;
    double m_from = 0, m_to = 1;
    std::unique_ptr<ImportStream> m_stream;
    std::string m_streamUuid;
    // A team store keeps artifacts in the database: they are written with the run's
    // rows, in its transaction, instead of copied into a folder first.
    std::vector<ImportedRun::Artifact> m_forDatabase;
};

} // namespace runlens
