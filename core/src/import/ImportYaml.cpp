#include "import/ImportYaml.h"

#include <fstream>
#include <sstream>

namespace runlens {

namespace {
// Nesting and size limits: a hostile file (deep nesting, alias bombs) ends in a
// problem, not in exhausted memory.
constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxParams = 10000;

// Aliases make a small file a huge tree: nine levels of nine aliases are 9^9 nodes.
// Depth alone cannot bound that, so every node visited while converting is counted,
// each alias expansion again, and the file is refused past this many
// (docs/importing.md). Real hyperparameter files have hundreds.
constexpr std::size_t kMaxNodes = 100000;

struct TooManyNodes {};
struct TooManyParams {};

void countNode(std::size_t& visited)
{
    if (++visited > kMaxNodes)
        throw TooManyNodes{};
}

bool readFile(const std::string& path, std::string& text)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::stringstream buf;
    buf << in.rdbuf();
    text = buf.str();
    return true;
}

bool containsPython(const YAML::Node& node, int depth, std::size_t& visited)
{
    countNode(visited);
    if (depth > kMaxDepth || ImportYaml::isPythonTagged(node))
        return true;
    if (node.IsSequence() || node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node& child = node.IsMap() ? it->second : *it;
            if (containsPython(child, depth + 1, visited))
                return true;
        }
    }
    return false;
}

ParamValue scalarValue(const YAML::Node& node)
{
    const std::string& s = node.Scalar();
    // Quoted scalars ("!" tag) stay ImportYaml::text; only plain ones get YAML's implicit types.
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return s;
    if (node.IsNull() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return std::string("null");
    long long i = 0;
    if (YAML::convert<long long>::decode(node, i))
        return static_cast<std::int64_t>(i);
    double d = 0;
    if (YAML::convert<double>::decode(node, d))
        return d;
    bool b = false;
    if (s != "y" && s != "n" && YAML::convert<bool>::decode(node, b))
        return b;
    return s;
}

// Past kMaxParams the file is refused rather than cut: a silent cut loses keys unseen.
void add(ImportYaml::Params& out, const std::string& key, ParamValue value)
{
    if (out.size() >= kMaxParams)
        throw TooManyParams{};
    out.emplace_back(key, std::move(value));
}

void flattenInto(const YAML::Node& node, const std::string& prefix, int depth, ImportYaml::Params& out,
                 std::vector<std::string>& skipped, std::size_t& visited)
{
    countNode(visited);
    if (depth > kMaxDepth || ImportYaml::isPythonTagged(node)) {
        skipped.push_back(prefix);
        return;
    }
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            std::string key = prefix.empty() ? it->first.Scalar() : prefix + "/" + it->first.Scalar();
            flattenInto(it->second, key, depth + 1, out, skipped, visited);
        }
    } else if (node.IsSequence()) {
        if (containsPython(node, depth, visited)) {
            skipped.push_back(prefix);
            return;
        }
        YAML::Emitter em;
        em << YAML::Flow << node;
        add(out, prefix, std::string(em.c_str()));
    } else if (node.IsScalar() || node.IsNull()) {
        if (!prefix.empty())
            add(out, prefix, node.IsNull() ? ParamValue(std::string("null")) : scalarValue(node));
    }
}

} // namespace

YAML::Node ImportYaml::load(const std::string& path, std::string& error)
{
    std::string text;
    if (!readFile(path, text)) {
        error = "cannot read the file";
        return YAML::Node();
    }
    return parse(text, error);
}

YAML::Node ImportYaml::parse(const std::string& text, std::string& error)
{
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& e) {
        error = std::string("not valid YAML: ") + e.what();
        return YAML::Node();
    }
}

YAML::Node ImportYaml::loadMapping(const std::string& path, std::vector<std::string>& unreadable, std::string& error)
{
    std::string text;
    if (!readFile(path, text)) {
        error = "cannot read the file";
        return YAML::Node();
    }
    return parseMapping(text, unreadable, error);
}

YAML::Node ImportYaml::parseMapping(const std::string& text, std::vector<std::string>& unreadable, std::string& error)
{
    YAML::Node doc = parse(text, error);
    if (error.empty())
        return doc;
    std::istringstream buf(text);
    // Split into chunks that each start with a line "key:" at column 0.
    std::vector<std::string> chunks;
    std::string line;
    while (std::getline(buf, line)) {
        bool top = !line.empty() && line[0] != ' ' && line[0] != '\t' && line[0] != '-' && line[0] != '#' &&
                   line.find(':') != std::string::npos;
        if (top || chunks.empty())
            chunks.emplace_back();
        chunks.back() += line + "\n";
    }
    YAML::Node out(YAML::NodeType::Map);
    for (const auto& chunk : chunks) {
        try {
            YAML::Node part = YAML::Load(chunk);
            if (part.IsMap())
                for (auto it = part.begin(); it != part.end(); ++it)
                    out[it->first] = it->second;
        } catch (const YAML::Exception&) {
            std::string key = chunk.substr(0, chunk.find(':'));
            if (key.find_first_not_of(" \t\r\n") != std::string::npos)
                unreadable.push_back(key);
        }
    }
    error.clear();
    return out;
}

std::string ImportYaml::text(const YAML::Node& map, const std::string& key)
{
    if (!map.IsMap())
        return {};
    try {
        YAML::Node v = map[key];
        if (!v.IsDefined() || !v.IsScalar() || isPythonTagged(v))
            return {};
        return v.Scalar();
    } catch (const YAML::Exception&) {
        return {};
    }
}

bool ImportYaml::isPythonTagged(const YAML::Node& node)
{
    const std::string& tag = node.Tag();
    return tag.find("python/") != std::string::npos || tag.rfind("!python", 0) == 0;
}

ImportYaml::Params ImportYaml::flatten(const YAML::Node& root, std::vector<std::string>& skipped, std::string& error)
{
    Params out;
    std::size_t visited = 0;
    try {
        if (root.IsMap())
            flattenInto(root, "", 0, out, skipped, visited);
    } catch (const YAML::Exception&) {
        skipped.emplace_back("(the rest of the file)");
    } catch (const TooManyNodes&) {
        error = "refused: its aliases expand to more than " + std::to_string(kMaxNodes) +
                " values (an alias bomb?); no parameters were read from it";
        return {};
    } catch (const TooManyParams&) {
        error = "refused: it holds more than " + std::to_string(kMaxParams) +
                " parameters once flattened; no parameters were read from it";
        return {};
    }
    return out;
}

ImportYaml::Params ImportYaml::flatten(const YAML::Node& root, std::vector<std::string>& skipped)
{
    std::string error;
    Params out = flatten(root, skipped, error);
    if (!error.empty())
        skipped.push_back("(the whole file: " + error + ")");
    return out;
}

} // namespace runlens
