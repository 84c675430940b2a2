#pragma once

#include "runlens/model/ParamValue.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <utility>
#include <vector>

namespace runlens {

// YAML the safe way: yaml-cpp only builds a tree, and nodes tagged as Python objects
// (`!!python/object:...`, `!!python/name:...`) are skipped, never interpreted.
class ImportYaml {
public:
    using Params = std::vector<std::pair<std::string, ParamValue>>;

    // The document in path, or a null node with error set.
    static YAML::Node load(const std::string& path, std::string& error);
    // A top-level mapping even when yaml-cpp cannot read the whole file (it trips over
    // some valid Python-tagged documents): each top-level key is then parsed on its own
    // and keys that still fail go to unreadable.
    static YAML::Node loadMapping(const std::string& path, std::vector<std::string>& unreadable, std::string& error);
    // The same over text already read (what the fuzz targets feed).
    static YAML::Node parse(const std::string& text, std::string& error);
    static YAML::Node parseMapping(const std::string& text, std::vector<std::string>& unreadable, std::string& error);
    // A mapping's scalar at key as text ("" when missing or not a scalar).
    static std::string text(const YAML::Node& map, const std::string& key);
    // Hyperparameters: nested maps flattened with "/" (Lightning's rule), scalars typed
    // (int, real, bool as "true"/"false", null as "null"), lists as flow YAML text.
    // Keys of Python-tagged values go to skipped. A document whose aliases expand past
    // a fixed number of nodes is refused: nothing returned, error set.
    static Params flatten(const YAML::Node& root, std::vector<std::string>& skipped, std::string& error);
    // The same; a refused document's reason is added to skipped.
    static Params flatten(const YAML::Node& root, std::vector<std::string>& skipped);
    static bool isPythonTagged(const YAML::Node& node);

private:
    static void flattenInto(const YAML::Node& node, const std::string& prefix, int depth, Params& out,
                            std::vector<std::string>& skipped, std::size_t& visited);
    static bool containsPython(const YAML::Node& node, int depth, std::size_t& visited);
    static void add(Params& out, const std::string& key, ParamValue value);
    static ParamValue scalarValue(const YAML::Node& node);
};

} // namespace runlens
