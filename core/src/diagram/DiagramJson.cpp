#include "runlens/diagram/DiagramJson.h"

#include "diagram/DiagramJsonReader.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramValidator.h"

#include <nlohmann/json.hpp>

namespace runlens {

namespace {

using ordered = nlohmann::ordered_json;

ordered ports(const std::vector<DiagramPort>& list)
{
    ordered out = ordered::array();
    for (const auto& p : list)
        out.push_back({{"id", p.id}, {"label", p.label}});
    return out;
}

ordered node(const DiagramNode& n)
{
    return {
        {"id", n.id},
        {"kind", toString(n.kind)},
        {"title", n.title},
        {"position", {{"x", n.position.x}, {"y", n.position.y}}},
        {"size", {{"width", n.size.width}, {"height", n.size.height}}},
        {"inputs", ports(n.inputs)},
        {"outputs", ports(n.outputs)},
        {"binding", {{"type", toString(n.binding.type)}, {"value", n.binding.value}}},
        {"metric", n.metric},
        {"group", n.group},
    };
}

ordered edge(const DiagramEdge& e)
{
    return {
        {"id", e.id},
        {"from", {{"node", e.from.node}, {"port", e.from.port}}},
        {"to", {{"node", e.to.node}, {"port", e.to.port}}},
        {"label", e.label},
        {"routing", toString(e.routing)},
    };
}

// nlohmann's message repeats its own position and may quote a long token; keep the
// reason, shortened.
std::string parseReason(const std::string& what)
{
    std::size_t from = what.find("column ");
    from = what.find(": ", from == std::string::npos ? 0 : from);
    std::string why = from == std::string::npos ? what : what.substr(from + 2);
    if (!why.empty() && why[0] == '[' && why.find("] ") != std::string::npos)
        why = why.substr(why.find("] ") + 2); // "[json.exception.out_of_range.406] ..."
    if (why.size() > 160)
        why = why.substr(0, 160) + "...";
    // The quoted token may be the broken UTF-8 the parser refused: keep messages ASCII.
    for (char& c : why) {
        if (static_cast<unsigned char>(c) >= 0x80 || static_cast<unsigned char>(c) < 0x20)
            c = '?';
    }
    return why;
}

} // namespace

std::string DiagramJson::write(const Diagram& diagram)
{
    // Never write what read() would refuse: a file we made must always open again.
    DiagramValidator::check(diagram);
    ordered root;
    root["format"] = kFormat;
    root["version"] = kVersion;
    root["uuid"] = diagram.uuid;
    root["name"] = diagram.name;
    root["sourceRun"] = diagram.sourceRun;
    ordered nodes = ordered::array();
    for (const auto& n : diagram.nodes)
        nodes.push_back(node(n));
    ordered edges = ordered::array();
    for (const auto& e : diagram.edges)
        edges.push_back(edge(e));
    root["nodes"] = std::move(nodes);
    root["edges"] = std::move(edges);
    return root.dump(2) + "\n";
}

Diagram DiagramJson::read(std::string_view text)
{
    DiagramJsonReader::prescan(text);
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        std::string why = parseReason(e.what());
        std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        throw DiagramError(DiagramJsonReader::position(text, at), "not valid JSON (" + why + ")");
    } catch (const nlohmann::json::exception& e) {
        // A number beyond double's range ("number overflow parsing '1e400'"): point at
        // the first occurrence of that literal.
        std::string why = e.what();
        std::string where;
        auto q1 = why.find('\''), q2 = why.rfind('\'');
        if (q1 != std::string::npos && q2 > q1) {
            auto at = text.find(why.substr(q1 + 1, q2 - q1 - 1));
            if (at != std::string_view::npos)
                where = DiagramJsonReader::position(text, at);
        }
        throw DiagramError(where, "a number out of range (" + parseReason(why) + ")");
    }
    Diagram d = DiagramJsonReader::convert(root);
    DiagramValidator::check(d);
    return d;
}

bool DiagramJson::looksLike(std::string_view text)
{
    auto head = text.substr(0, 4096);
    auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || head[first] != '{')
        return false;
    return head.find(kFormat) != std::string_view::npos;
}

} // namespace runlens
