#include "runlens/diagram/import/DrawioImporter.h"

#include "diagram/import/DrawioCell.h"
#include "diagram/import/DrawioDecoder.h"
#include "diagram/import/DrawioText.h"
#include "diagram/import/XmlReader.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramLimits.h"
#include "runlens/diagram/DiagramValidator.h"
#include "runlens/model/TextRules.h"

#include <algorithm>
#include <unordered_map>

namespace runlens {

namespace {

DiagramNodeKind kindOf(const DrawioCell& c, const std::string& label)
{
    std::string style = TextRules::asciiLower(c.style);
    if (DrawioCell::styleHas(style, "swimlane") || DrawioCell::styleHas(style, "group") ||
        DrawioCell::styleValue(style, "container") == "1")
        return DiagramNodeKind::Group;
    if (style.rfind("text;", 0) == 0 || DrawioCell::styleHas(style, "shape=note"))
        return DiagramNodeKind::Note;
    DiagramNodeKind k = guessDiagramNodeKind(label);
    if (k == DiagramNodeKind::Step &&
        (DrawioCell::styleHas(style, "cylinder") || DrawioCell::styleHas(style, "datastore")))
        return DiagramNodeKind::DataSource;
    return k;
}

// The page's <mxGraphModel>, parsed from a file that is an <mxfile> or the model itself;
// pageName is the page's own name, or "Page N" (draw.io's default) when it has none,
// and only set when the file has several pages.
XmlElement pageModel(const XmlElement& root, int page, std::string& pageName, std::vector<std::string>& warnings)
{
    if (root.name == "mxGraphModel")
        return root;
    if (root.name != "mxfile")
        throw DiagramError("line " + std::to_string(root.line), "expected <mxfile> or <mxGraphModel>, found <" +
                                                                    root.name.substr(0, 40) + ">");
    std::vector<const XmlElement*> pages;
    for (const auto& c : root.children) {
        if (c.name == "diagram")
            pages.push_back(&c);
    }
    if (pages.empty())
        throw DiagramError("line " + std::to_string(root.line), "the file has no <diagram> page");
    if (page < 0 || page >= static_cast<int>(pages.size()))
        throw DiagramError("", "the file has " + std::to_string(pages.size()) + " page(s); page " +
                                   std::to_string(page + 1) + " does not exist");
    const XmlElement& d = *pages[static_cast<std::size_t>(page)];
    if (pages.size() > 1) {
        warnings.push_back("the file has " + std::to_string(pages.size()) + " pages; page " +
                           std::to_string(page + 1) + " was imported");
        pageName = d.attributeOr("name");
        if (pageName.empty())
            pageName = "Page " + std::to_string(page + 1);
    }
    if (const XmlElement* model = d.child("mxGraphModel"))
        return *model;
    std::string xml = DrawioDecoder::decodePage(d.text, DiagramLimits::kMaxInputBytes);
    XmlElement model = XmlReader::parse(xml);
    if (model.name != "mxGraphModel")
        throw DiagramError("compressed page", "does not hold an <mxGraphModel>");
    return model;
}

class Builder {
public:
    Builder(const std::vector<DrawioCell>& cells, std::vector<std::string>& warnings)
        : m_cells(cells), m_warnings(warnings)
    {
        for (std::size_t i = 0; i < cells.size(); ++i)
            m_byId.emplace(cells[i].id, i);
        // Labels placed on a connector are vertices whose parent is that connector:
        // found once here, not by a scan of every cell per connector (quadratic).
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (cells[i].vertex && isEdge(cells[i].parent))
                m_labelsOf[cells[i].parent].push_back(i);
        }
    }

    void build(Diagram& d)
    {
        for (const auto& c : m_cells) {
            if (c.vertex && !isEdge(c.parent))
                addNode(d, c);
        }
        for (const auto& c : m_cells) {
            if (c.edge)
                addEdge(d, c);
        }
        for (auto& n : d.nodes) {
            if (const auto* g = group(n.group); !g)
                n.group.clear();
        }
    }

private:
    bool isEdge(const std::string& id) const
    {
        auto it = m_byId.find(id);
        return it != m_byId.end() && m_cells[it->second].edge;
    }

    const DrawioCell* vertex(const std::string& id) const
    {
        auto it = m_byId.find(id);
        return it != m_byId.end() && m_cells[it->second].vertex ? &m_cells[it->second] : nullptr;
    }

    const DiagramNode* group(const std::string& id) const
    {
        auto it = m_nodes.find(id);
        return it != m_nodes.end() && it->second->kind == DiagramNodeKind::Group ? it->second : nullptr;
    }

    // Children of containers are drawn relative to them: add up the chain. Chains are
    // refused past the nesting limit, which keeps this O(depth) per shape: 50 000
    // chained parents were 50 000² steps.
    DiagramPoint absolute(const DrawioCell& c) const
    {
        DiagramPoint p{c.x, c.y};
        int hops = 0;
        for (const DrawioCell* up = vertex(c.parent); up; up = vertex(up->parent)) {
            if (++hops > DiagramLimits::kMaxDepth)
                throw DiagramError("line " + std::to_string(c.line),
                                   "shapes nested deeper than " + std::to_string(DiagramLimits::kMaxDepth) +
                                       " levels (or in a cycle)");
            p = {p.x + up->x, p.y + up->y};
        }
        return p;
    }

    void addNode(Diagram& d, const DrawioCell& c)
    {
        std::string label = DrawioText::plain(c.value, c.html);
        DiagramNode n = DiagramNode::make(c.id, kindOf(c, label), label);
        DiagramValidator::checkId("line " + std::to_string(c.line) + ": cell id", c.id);
        n.position = absolute(c);
        n.size = {c.width > 0 ? std::min(c.width, DiagramLimits::kMaxExtent) : 120,
                  c.height > 0 ? std::min(c.height, DiagramLimits::kMaxExtent) : 60};
        if (vertex(c.parent))
            n.group = c.parent; // kept only if that parent turns out to be a group
        d.nodes.push_back(std::move(n));
        m_nodes.emplace(c.id, &d.nodes.back());
    }

    void edgeLabels(const DrawioCell& edge, std::string& label) const
    {
        auto labels = m_labelsOf.find(edge.id);
        if (labels == m_labelsOf.end())
            return;
        for (std::size_t i : labels->second) {
            std::string more = DrawioText::plain(m_cells[i].value, m_cells[i].html);
            if (!more.empty())
                label += (label.empty() ? "" : "\n") + more;
        }
    }

    void addEdge(Diagram& d, const DrawioCell& c)
    {
        auto from = m_nodes.find(c.source), to = m_nodes.find(c.target);
        if (from == m_nodes.end() || to == m_nodes.end()) {
            m_warnings.push_back("line " + std::to_string(c.line) + ": a connector without a shape at both ends was left out");
            return;
        }
        // Notes and groups have no ports by default; a connector gives them one.
        if (!from->second->output("out"))
            from->second->outputs.push_back({"out", ""});
        if (!to->second->input("in"))
            to->second->inputs.push_back({"in", ""});
        DiagramEdge e;
        e.id = c.id;
        e.from = {c.source, "out"};
        e.to = {c.target, "in"};
        e.label = DrawioText::plain(c.value, c.html);
        edgeLabels(c, e.label);
        e.routing = DrawioCell::styleValue(c.style, "curved") == "1" ? DiagramEdge::Routing::Curved
                                                                     : DiagramEdge::Routing::Orthogonal;
        d.edges.push_back(std::move(e));
    }

    const std::vector<DrawioCell>& m_cells;
    std::vector<std::string>& m_warnings;
    std::unordered_map<std::string, std::size_t> m_byId;
    std::unordered_map<std::string, DiagramNode*> m_nodes;
    std::unordered_map<std::string, std::vector<std::size_t>> m_labelsOf; // connector id -> label cells
};

} // namespace

bool DrawioImporter::looksLike(std::string_view text)
{
    auto head = text.substr(0, 4096);
    auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string_view::npos && head[first] == '<' &&
           (head.find("<mxfile") != std::string_view::npos || head.find("<mxGraphModel") != std::string_view::npos);
}

DiagramImportResult DrawioImporter::import(std::string_view text, const std::string& nameHint, int page)
{
    DiagramImportResult r;
    r.format = "drawio";
    XmlElement root = XmlReader::parse(text);
    std::string pageName;
    XmlElement model = pageModel(root, page, pageName, r.warnings);
    std::vector<DrawioCell> cells = DrawioCell::collect(model, r.warnings);
    std::size_t vertices = std::count_if(cells.begin(), cells.end(), [](const DrawioCell& c) { return c.vertex; });
    if (vertices > DiagramLimits::kMaxNodes)
        throw DiagramError("", "the page has " + std::to_string(vertices) + " shapes; the limit is " +
                                   std::to_string(DiagramLimits::kMaxNodes));
    std::size_t connectors = std::count_if(cells.begin(), cells.end(), [](const DrawioCell& c) { return c.edge; });
    if (connectors > DiagramLimits::kMaxEdges) // refused before any work per connector
        throw DiagramError("", "the page has " + std::to_string(connectors) + " connectors; the limit is " +
                                   std::to_string(DiagramLimits::kMaxEdges));
    // Named after the file, as every other import: a page's name ("Page-1" in most
    // files) says which page, which matters only when there are several.
    std::string name = pageName.empty() ? nameHint : nameHint + " — " + pageName;
    r.diagram = Diagram::make(name.size() <= DiagramLimits::kMaxNameBytes ? name : nameHint);
    r.diagram.nodes.reserve(vertices); // Builder keeps pointers into it
    Builder(cells, r.warnings).build(r.diagram);
    DiagramValidator::check(r.diagram);
    return r;
}

} // namespace runlens
