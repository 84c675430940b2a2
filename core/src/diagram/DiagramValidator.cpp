#include "runlens/diagram/DiagramValidator.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramLimits.h"
#include "runlens/model/TextRules.h"
#include "runlens/model/Uuid.h"

#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace runlens {

namespace {

namespace L = DiagramLimits;

// Quotes an id for a message, shortened on a UTF-8 character boundary.
std::string quoted(const std::string& text)
{
    if (text.size() <= 60)
        return "\"" + text + "\"";
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80)
        --cut;
    return "\"" + text.substr(0, cut) + "...\"";
}

void checkCoordinate(const std::string& path, double v)
{
    if (!std::isfinite(v))
        throw DiagramError(path, "expected a finite number");
    if (std::fabs(v) > L::kMaxCoordinate)
        throw DiagramError(path, "coordinate out of range (at most 1e7 in size)");
}

void checkExtent(const std::string& path, double v)
{
    if (!std::isfinite(v) || v <= 0 || v > L::kMaxExtent)
        throw DiagramError(path, "expected a size above 0 and at most 1e6");
}

void checkKeyLike(const std::string& path, const std::string& text)
{
    try {
        TextRules::checkKey("value", text);
    } catch (const std::exception& e) {
        throw DiagramError(path, e.what());
    }
}

void checkPorts(const std::string& path, const std::vector<DiagramPort>& ports)
{
    if (ports.size() > L::kMaxPorts)
        throw DiagramError(path, "more than " + std::to_string(L::kMaxPorts) + " ports");
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < ports.size(); ++i) {
        std::string p = path + "[" + std::to_string(i) + "]";
        DiagramValidator::checkId(p + ".id", ports[i].id);
        DiagramValidator::checkText(p + ".label", ports[i].label, L::kMaxNameBytes);
        if (!seen.insert(ports[i].id).second)
            throw DiagramError(p + ".id", "duplicate port id " + quoted(ports[i].id));
    }
}

void checkBinding(const std::string& path, const DiagramBinding& b)
{
    if (b.type == DiagramBinding::Type::None) {
        if (!b.value.empty())
            throw DiagramError(path + ".value", "must be empty when the type is \"none\"");
        return;
    }
    if (b.type == DiagramBinding::Type::Run) {
        if (!Uuid::isValid(b.value))
            throw DiagramError(path + ".value", "expected a run uuid (32 lower-case hex digits)");
        return;
    }
    checkKeyLike(path + ".value", b.value);
}

void checkNode(const std::string& p, const DiagramNode& n)
{
    DiagramValidator::checkId(p + ".id", n.id);
    DiagramValidator::checkText(p + ".title", n.title, L::kMaxTextBytes);
    checkCoordinate(p + ".position.x", n.position.x);
    checkCoordinate(p + ".position.y", n.position.y);
    checkExtent(p + ".size.width", n.size.width);
    checkExtent(p + ".size.height", n.size.height);
    checkPorts(p + ".inputs", n.inputs);
    checkPorts(p + ".outputs", n.outputs);
    checkBinding(p + ".binding", n.binding);
    if (!n.metric.empty())
        checkKeyLike(p + ".metric", n.metric);
}

// Groups must name a Group node and never contain themselves, directly or not. Walks
// are cut at kMaxDepth levels, which bounds the work on hostile input to O(n).
void checkGroups(const Diagram& d, const std::unordered_map<std::string, std::size_t>& index)
{
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const std::string p = "nodes[" + std::to_string(i) + "].group";
        const std::string* g = &d.nodes[i].group;
        int depth = 0;
        while (!g->empty()) {
            auto it = index.find(*g);
            if (it == index.end())
                throw DiagramError(p, "no node with id " + quoted(*g));
            const DiagramNode& parent = d.nodes[it->second];
            if (parent.kind != DiagramNodeKind::Group)
                throw DiagramError(p, "node " + quoted(*g) + " is not a group");
            if (parent.id == d.nodes[i].id)
                throw DiagramError(p, "a group cannot contain itself");
            if (++depth > L::kMaxDepth)
                throw DiagramError(p, "groups nested deeper than " + std::to_string(L::kMaxDepth) +
                                          " levels (or in a cycle)");
            g = &parent.group;
        }
    }
}

void checkEdgeEnd(const std::string& p, const DiagramEdgeEnd& end, bool output, const Diagram& d,
                  const std::unordered_map<std::string, std::size_t>& index)
{
    auto it = index.find(end.node);
    if (it == index.end())
        throw DiagramError(p + ".node", "no node with id " + quoted(end.node));
    const DiagramNode& n = d.nodes[it->second];
    if (output ? !n.output(end.port) : !n.input(end.port))
        throw DiagramError(p + ".port", std::string("node ") + quoted(end.node) + " has no " +
                                            (output ? "output" : "input") + " port " + quoted(end.port));
}

} // namespace

void DiagramValidator::checkText(const std::string& path, const std::string& text, std::size_t maxBytes)
{
    if (text.size() > maxBytes)
        throw DiagramError(path, "text of " + std::to_string(text.size()) + " bytes; the limit is " +
                                     std::to_string(maxBytes));
    if (!TextRules::isValidUtf8(text))
        throw DiagramError(path, "text is not valid UTF-8");
}

void DiagramValidator::checkId(const std::string& path, const std::string& id)
{
    if (id.empty())
        throw DiagramError(path, "an id cannot be empty");
    checkText(path, id, L::kMaxIdBytes);
    for (char c : id) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            throw DiagramError(path, "an id cannot contain control characters");
    }
}

void DiagramValidator::check(const Diagram& d)
{
    if (!Uuid::isValid(d.uuid))
        throw DiagramError("uuid", "expected 32 lower-case hex digits");
    if (d.name.empty())
        throw DiagramError("name", "a diagram needs a name");
    checkText("name", d.name, L::kMaxNameBytes);
    if (!d.sourceRun.empty() && !Uuid::isValid(d.sourceRun))
        throw DiagramError("sourceRun", "expected a run uuid (32 lower-case hex digits) or \"\"");
    if (d.nodes.size() > L::kMaxNodes)
        throw DiagramError("nodes", "more than " + std::to_string(L::kMaxNodes) + " nodes");
    if (d.edges.size() > L::kMaxEdges)
        throw DiagramError("edges", "more than " + std::to_string(L::kMaxEdges) + " edges");

    std::unordered_map<std::string, std::size_t> index;
    index.reserve(d.nodes.size());
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const std::string p = "nodes[" + std::to_string(i) + "]";
        checkNode(p, d.nodes[i]);
        if (!index.emplace(d.nodes[i].id, i).second)
            throw DiagramError(p + ".id", "duplicate node id " + quoted(d.nodes[i].id));
    }
    checkGroups(d, index);

    std::unordered_set<std::string> edgeIds;
    edgeIds.reserve(d.edges.size());
    for (std::size_t i = 0; i < d.edges.size(); ++i) {
        const std::string p = "edges[" + std::to_string(i) + "]";
        const DiagramEdge& e = d.edges[i];
        checkId(p + ".id", e.id);
        if (!edgeIds.insert(e.id).second)
            throw DiagramError(p + ".id", "duplicate edge id " + quoted(e.id));
        checkEdgeEnd(p + ".from", e.from, true, d, index);
        checkEdgeEnd(p + ".to", e.to, false, d, index);
        checkText(p + ".label", e.label, L::kMaxTextBytes);
    }
}

} // namespace runlens
