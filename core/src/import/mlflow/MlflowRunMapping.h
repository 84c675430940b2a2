#pragma once

#include "import/ImportedRun.h"

#include <map>
#include <string>
#include <vector>

namespace runlens {

// What the two MLflow importers (file store, SQLite) share: MLflow's status codes and
// names, its times in milliseconds, its special tags, and parent-before-child order.
namespace MlflowRunMapping {

// "3" / "FINISHED" -> "finished"; RUNNING and SCHEDULED -> "running".
std::string status(const std::string& codeOrName);
// Milliseconds text -> Unix seconds; NaN when empty or not a number.
double millisToSeconds(const std::string& text);
inline std::string source(const std::string& runId) { return "mlflow:" + runId; }
// Fills name, notes, git commit, command and parent from MLflow's tags, and the run's
// tags from the rest. metaName is the name meta.yaml / the runs table gave.
void applyTags(ImportedRun& run, const std::string& metaName, const std::map<std::string, std::string>& tags);
// MLflow writes +-inf as +-DBL_MAX into SQL stores: turn them back.
double sqlValue(double v);
// Order of indexes so every parent (by run id) comes before its children.
std::vector<std::size_t> parentsFirst(const std::vector<std::string>& ids,
                                      const std::vector<std::string>& parentIds);

} // namespace MlflowRunMapping

} // namespace runlens
