#pragma once

#include "runlens/model/ParamValue.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <utility>
#include <vector>

namespace runlens {

// YAML the safe way: yaml-cpp only builds a tree, and nodes tagged as Python objects
// (`!!python/object:...`, `!!python/name:...`) are skipped, never interpreted.
namespace ImportYaml {

using Params = std::vector<std::pair<std::string, ParamValue>>;

// The document in path, or a null node with error set.
YAML::Node load(const std::string& path, std::string& error);
// A top-level mapping even when yaml-cpp cannot read the whole file (it trips over
// some valid Python-tagged documents): each top-level key is then parsed on its own
// and keys that still fail go to unreadable.
YAML::Node loadMapping(const std::string& path, std::vector<std::string>& unreadable, std::string& error);
// The same over text already read (what the fuzz targets feed).
YAML::Node parse(const std::string& text, std::string& error);
YAML::Node parseMapping(const std::string& text, std::vector<std::string>& unreadable, std::string& error);
// A mapping's scalar at key as text ("" when missing or not a scalar).
std::string text(const YAML::Node& map, const std::string& key);
// Hyperparameters: nested maps flattened with "/" (Lightning's rule), scalars typed
// (int, real, bool as "true"/"false", null as "null"), lists as flow YAML text.
// Keys of Python-tagged values go to skipped. A document whose aliases expand past
// a fixed number of nodes is refused: nothing returned, error set.
Params flatten(const YAML::Node& root, std::vector<std::string>& skipped, std::string& error);
// The same; a refused document's reason is added to skipped.
Params flatten(const YAML::Node& root, std::vector<std::string>& skipped);
bool isPythonTagged(const YAML::Node& node);

} // namespace ImportYaml

} // namespace runlens
