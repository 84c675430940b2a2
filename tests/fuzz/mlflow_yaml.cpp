// Fuzz target: the YAML an MLflow file store and Lightning's hparams.yaml hold, read
// as the importers read it (a document, or top-level keys one by one), then the fields
// they take and the hyperparameters flattened.
#include "FuzzInput.h"

#include "import/ImportYaml.h"

namespace {

void readAsImporters(const YAML::Node& doc)
{
    for (const char* key : {"name", "run_id", "experiment_id", "status", "start_time", "artifact_uri"})
        (void)runlens::ImportYaml::text(doc, key);
    std::vector<std::string> skipped;
    (void)runlens::ImportYaml::flatten(doc, skipped);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string text(runlens::fuzzText(data, size));
    std::string error;
    readAsImporters(runlens::ImportYaml::parse(text, error));
    std::vector<std::string> unreadable;
    error.clear();
    readAsImporters(runlens::ImportYaml::parseMapping(text, unreadable, error));
    return 0;
}
