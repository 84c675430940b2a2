#include "diagram/DiagramJsonReader.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramLimits.h"

#include <initializer_list>

namespace runlens {

namespace {

using nlohmann::json;

const char* typeName(const json& j)
{
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a number";
    }
}

[[noreturn]] void wrongType(const std::string& path, const char* expected, const json& got)
{
    throw DiagramError(path, std::string("expected ") + expected + ", got " + typeName(got));
}

// An object with only the given keys: a misspelt key is an error, not silently lost.
const json& object(const json& j, const std::string& path, std::initializer_list<const char*> keys)
{
    if (!j.is_object())
        wrongType(path, "an object", j);
    for (const auto& [key, value] : j.items()) {
        bool known = false;
        for (const char* k : keys)
            known = known || key == k;
        if (!known)
            throw DiagramError(path, "unknown field \"" + key.substr(0, 60) + "\"");
    }
    return j;
}

std::string join(const std::string& path, const char* key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

const json* field(const json& obj, const char* key, const std::string& path, bool required)
{
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            throw DiagramError(join(path, key), "required field is missing");
        return nullptr;
    }
    return &*it;
}

std::string text(const json& obj, const char* key, const std::string& path, bool required = true)
{
    const json* v = field(obj, key, path, required);
    if (!v)
        return {};
    if (!v->is_string())
        wrongType(join(path, key), "a string", *v);
    return v->get<std::string>();
}

double number(const json& obj, const char* key, const std::string& path)
{
    const json* v = field(obj, key, path, true);
    if (!v->is_number())
        wrongType(join(path, key), "a number", *v);
    return v->get<double>();
}

const json& array(const json& obj, const char* key, const std::string& path)
{
    const json* v = field(obj, key, path, true);
    if (!v->is_array())
        wrongType(join(path, key), "an array", *v);
    return *v;
}

std::vector<DiagramPort> ports(const json& obj, const char* key, const std::string& path)
{
    std::vector<DiagramPort> out;
    const json& list = array(obj, key, path);
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string p = join(path, key) + "[" + std::to_string(i) + "]";
        const json& port = object(list[i], p, {"id", "label"});
        out.push_back({text(port, "id", p), text(port, "label", p, false)});
    }
    return out;
}

DiagramEdgeEnd edgeEnd(const json& obj, const char* key, const std::string& path)
{
    std::string p = join(path, key);
    const json& end = object(*field(obj, key, path, true), p, {"node", "port"});
    return {text(end, "node", p), text(end, "port", p)};
}

void checkHeader(const json& root)
{
    std::string format = text(root, "format", "");
    if (format != DiagramJson::kFormat)
        throw DiagramError("format", std::string("expected \"") + DiagramJson::kFormat + "\", this is not a Runlens diagram");
    const json* v = field(root, "version", "", true);
    if (!v->is_number_integer())
        wrongType("version", "an integer", *v);
    auto version = v->get<std::int64_t>();
    if (version > DiagramJson::kVersion)
        throw DiagramError("version", "the diagram has format version " + std::to_string(version) +
                                          ", made by a newer Runlens; this one reads up to version " +
                                          std::to_string(DiagramJson::kVersion));
    if (version < 1)
        throw DiagramError("version", "expected a version of 1 or more");
}

DiagramNode node(const json& j, const std::string& p)
{
    object(j, p, {"id", "kind", "title", "position", "size", "inputs", "outputs", "binding", "metric", "group"});
    DiagramNode n;
    n.id = text(j, "id", p);
    std::string kind = text(j, "kind", p);
    auto k = parseDiagramNodeKind(kind);
    if (!k)
        throw DiagramError(p + ".kind", "unknown kind \"" + kind.substr(0, 60) + "\"");
    n = DiagramNode::make(n.id, *k, text(j, "title", p));
    const json& pos = object(*field(j, "position", p, true), p + ".position", {"x", "y"});
    n.position = {number(pos, "x", p + ".position"), number(pos, "y", p + ".position")};
    const json& size = object(*field(j, "size", p, true), p + ".size", {"width", "height"});
    n.size = {number(size, "width", p + ".size"), number(size, "height", p + ".size")};
    // Absent port lists mean the kind's default ports, so hand-written files stay short.
    if (j.contains("inputs"))
        n.inputs = ports(j, "inputs", p);
    if (j.contains("outputs"))
        n.outputs = ports(j, "outputs", p);
    if (const json* b = field(j, "binding", p, false)) {
        object(*b, p + ".binding", {"type", "value"});
        std::string type = text(*b, "type", p + ".binding");
        auto t = parseDiagramBindingType(type);
        if (!t)
            throw DiagramError(p + ".binding.type", "expected \"none\", \"experiment\", \"run\" or \"step\"");
        n.binding = {*t, text(*b, "value", p + ".binding", false)};
    }
    n.metric = text(j, "metric", p, false);
    n.group = text(j, "group", p, false);
    return n;
}

DiagramEdge edge(const json& j, const std::string& p)
{
    object(j, p, {"id", "from", "to", "label", "routing"});
    DiagramEdge e;
    e.id = text(j, "id", p);
    e.from = edgeEnd(j, "from", p);
    e.to = edgeEnd(j, "to", p);
    e.label = text(j, "label", p, false);
    if (j.contains("routing")) {
        auto r = parseDiagramEdgeRouting(text(j, "routing", p));
        if (!r)
            throw DiagramError(p + ".routing", "expected \"orthogonal\" or \"curved\"");
        e.routing = *r;
    }
    return e;
}

} // namespace

Diagram DiagramJsonReader::convert(const json& root)
{
    object(root, "(top level)", {"format", "version", "uuid", "name", "sourceRun", "nodes", "edges"});
    checkHeader(root);
    Diagram d;
    d.uuid = text(root, "uuid", "");
    d.name = text(root, "name", "");
    d.sourceRun = text(root, "sourceRun", "", false);
    const json& nodes = array(root, "nodes", "");
    const json& edges = array(root, "edges", "");
    if (nodes.size() > DiagramLimits::kMaxNodes || edges.size() > DiagramLimits::kMaxEdges)
        throw DiagramError(nodes.size() > DiagramLimits::kMaxNodes ? "nodes" : "edges", "too many elements");
    d.nodes.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        d.nodes.push_back(node(nodes[i], "nodes[" + std::to_string(i) + "]"));
    d.edges.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i)
        d.edges.push_back(edge(edges[i], "edges[" + std::to_string(i) + "]"));
    return d;
}

void DiagramJsonReader::prescan(std::string_view text)
{
    if (text.size() > DiagramLimits::kMaxInputBytes)
        throw DiagramError("", "the diagram is " + std::to_string(text.size() >> 20) +
                                   " MiB; the limit is 64 MiB");
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > DiagramLimits::kMaxDepth)
                throw DiagramError(position(text, i), "nested deeper than " +
                                                          std::to_string(DiagramLimits::kMaxDepth) + " levels");
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

std::string DiagramJsonReader::position(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(offset - lineStart + 1);
}

} // namespace runlens
