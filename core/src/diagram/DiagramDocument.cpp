#include "runlens/diagram/DiagramDocument.h"

#include "diagram/layout/DiagramArrange.h"
#include "diagram/DiagramClipboard.h"
#include "diagram/DiagramIndex.h"
#include "diagram/DiagramPatch.h"
#include "runlens/diagram/DiagramCommand.h"
#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramLimits.h"
#include "runlens/diagram/DiagramValidator.h"
#include "runlens/diagram/layout/LayeredLayout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace runlens {

namespace {

// Patches that only move or resize nodes skip the full validation: a drag sends one
// per mouse move, and only their numbers can be wrong.
// Same content: everything but the position (moves need no new fit).
bool sameContent(const DiagramNode& a, const DiagramNode& b)
{
    DiagramNode moved = b;
    moved.position = a.position;
    return moved == a;
}

bool onlyGeometry(const DiagramPatch& p)
{
    if (!p.changesOnly() || !p.edges.empty())
        return false;
    for (const auto& c : p.nodes) {
        DiagramNode a = *c.after;
        a.position = c.before->position;
        a.size = c.before->size;
        if (!(a == *c.before))
            return false;
    }
    return true;
}

void checkGeometry(const DiagramNode& n)
{
    for (double v : {n.position.x, n.position.y}) {
        if (!std::isfinite(v) || std::fabs(v) > DiagramLimits::kMaxCoordinate)
            throw DiagramError("position", "coordinate out of range (at most 1e7 in size)");
    }
    for (double v : {n.size.width, n.size.height}) {
        if (!std::isfinite(v) || v <= 0 || v > DiagramLimits::kMaxExtent)
            throw DiagramError("size", "expected a size above 0 and at most 1e6");
    }
}

} // namespace

DiagramDocument::DiagramDocument(Diagram diagram) : m_index(std::make_unique<DiagramIndex>())
{
    DiagramValidator::check(diagram);
    m_diagram = std::move(diagram);
    m_index->rebuild(m_diagram);
}

DiagramDocument::~DiagramDocument() = default;

const DiagramNode* DiagramDocument::node(const std::string& id) const
{
    long i = m_index->node(id);
    return i < 0 ? nullptr : &m_diagram.nodes[static_cast<std::size_t>(i)];
}

const DiagramEdge* DiagramDocument::edge(const std::string& id) const
{
    long i = m_index->edge(id);
    return i < 0 ? nullptr : &m_diagram.edges[static_cast<std::size_t>(i)];
}

std::vector<std::string> DiagramDocument::edgesOf(const std::string& nodeId) const
{
    std::vector<std::string> out;
    for (const auto& e : m_diagram.edges) {
        if (e.touches(nodeId))
            out.push_back(e.id);
    }
    return out;
}

void DiagramDocument::reset(Diagram diagram)
{
    DiagramValidator::check(diagram);
    for (auto& n : diagram.nodes)
        fitNode(n);
    m_diagram = std::move(diagram);
    m_index->rebuild(m_diagram);
    m_nextNodeId = m_nextEdgeId = 1;
    m_undo.clear();
    notify({DiagramChange::Type::Reset, {}, 0});
}

void DiagramDocument::setNodeFit(NodeFit fit)
{
    m_fit = std::move(fit);
    bool grew = false;
    for (auto& n : m_diagram.nodes)
        grew = fitNode(n) || grew;
    if (grew)
        notify({DiagramChange::Type::Reset, {}, 0});
}

bool DiagramDocument::fitNode(DiagramNode& node) const
{
    if (!m_fit)
        return false;
    const DiagramSize size = m_fit(node);
    // Only ever grown, and never past what a file may hold.
    const DiagramSize grown{std::min(std::max(size.width, node.size.width), DiagramLimits::kMaxExtent),
                            std::min(std::max(size.height, node.size.height), DiagramLimits::kMaxExtent)};
    if (grown == node.size)
        return false;
    node.size = grown;
    return true;
}

void DiagramDocument::fitPatch(DiagramPatch& patch) const
{
    if (!m_fit)
        return;
    for (auto& c : patch.nodes) {
        if (c.after && (!c.before || !sameContent(*c.before, *c.after)))
            fitNode(*c.after);
    }
}

int DiagramDocument::addListener(Listener listener)
{
    m_listeners.emplace_back(m_nextListener, std::move(listener));
    return m_nextListener++;
}

void DiagramDocument::removeListener(int handle)
{
    std::erase_if(m_listeners, [&](const auto& l) { return l.first == handle; });
}

void DiagramDocument::notify(const DiagramChange& change)
{
    // A copy: a listener may add or remove listeners while being told.
    auto listeners = m_listeners;
    for (const auto& [handle, fn] : listeners)
        fn(change);
}

void DiagramDocument::applyPatch(const DiagramPatch& patch, bool forward)
{
    for (const auto& change : patch.apply(m_diagram, *m_index, forward))
        notify(change);
}

void DiagramDocument::checkPatch(const DiagramPatch& patch) const
{
    if (onlyGeometry(patch)) {
        for (const auto& c : patch.nodes)
            checkGeometry(*c.after);
        return;
    }
    // Everything else is checked on the would-be result with the file rules, so an
    // edit can never produce a diagram that would not load again.
    Diagram trial = m_diagram;
    DiagramIndex index;
    index.rebuild(trial);
    patch.apply(trial, index, true);
    DiagramValidator::check(trial);
}

void DiagramDocument::push(DiagramEdit edit, DiagramPatch patch, int mergeId, bool continues)
{
    fitPatch(patch);
    if (patch.isEmpty() || patch.isIdentity())
        return;
    checkPatch(patch);
    auto cmd = std::make_unique<DiagramCommand>(this, edit, std::move(patch), mergeId, continues);
    if (m_sink)
        m_sink(std::move(cmd));
    else
        m_undo.push(std::move(cmd));
}

const DiagramNode& DiagramDocument::need(const std::string& id) const
{
    const DiagramNode* n = node(id);
    if (!n)
        throw DiagramError("", "no node with id \"" + id.substr(0, 60) + "\"");
    return *n;
}

void DiagramDocument::changeNodes(DiagramEdit edit, const std::vector<DiagramNode>& changed, int mergeId,
                                  bool continues)
{
    // One change per node: a node named twice keeps its last new state.
    DiagramPatch p;
    std::unordered_map<std::string, std::size_t> at;
    for (const auto& after : changed) {
        const DiagramNode& before = need(after.id);
        if (auto it = at.find(after.id); it != at.end()) {
            p.nodes[it->second].after = after;
            continue;
        }
        at.emplace(after.id, p.nodes.size());
        p.nodes.push_back({before, after, 0, 0});
    }
    std::erase_if(p.nodes, [](const auto& c) { return *c.before == *c.after; });
    push(edit, std::move(p), mergeId, continues);
}

std::string DiagramDocument::freshNodeId()
{
    std::string id;
    do
        id = "n" + std::to_string(m_nextNodeId++);
    while (node(id));
    return id;
}

std::string DiagramDocument::freshEdgeId()
{
    std::string id;
    do
        id = "e" + std::to_string(m_nextEdgeId++);
    while (edge(id));
    return id;
}

std::string DiagramDocument::addNode(DiagramNode n)
{
    if (n.id.empty() || node(n.id))
        n.id = freshNodeId();
    std::string id = n.id;
    DiagramPatch p;
    p.nodes.push_back({std::nullopt, std::move(n), 0, m_diagram.nodes.size()});
    push(DiagramEdit::AddNode, std::move(p));
    return id;
}

std::string DiagramDocument::addEdge(DiagramEdge e)
{
    if (e.id.empty() || edge(e.id))
        e.id = freshEdgeId();
    std::string id = e.id;
    DiagramPatch p;
    p.edges.push_back({std::nullopt, std::move(e), 0, m_diagram.edges.size()});
    push(DiagramEdit::AddEdge, std::move(p));
    return id;
}

void DiagramDocument::remove(const std::vector<std::string>& nodeIds, const std::vector<std::string>& edgeIds)
{
    std::unordered_set<std::string> nodes, edges;
    for (const auto& id : nodeIds)
        nodes.insert(need(id).id);
    for (const auto& id : edgeIds) {
        if (!edge(id))
            throw DiagramError("", "no edge with id \"" + id.substr(0, 60) + "\"");
        edges.insert(id);
    }
    DiagramPatch p;
    for (std::size_t i = 0; i < m_diagram.edges.size(); ++i) {
        const auto& e = m_diagram.edges[i];
        if (edges.count(e.id) || nodes.count(e.from.node) || nodes.count(e.to.node))
            p.edges.push_back({e, std::nullopt, i, 0});
    }
    for (std::size_t i = 0; i < m_diagram.nodes.size(); ++i) {
        const auto& n = m_diagram.nodes[i];
        if (nodes.count(n.id)) {
            p.nodes.push_back({n, std::nullopt, i, 0});
        } else if (nodes.count(n.group)) {
            DiagramNode freed = n;
            freed.group.clear();
            p.nodes.push_back({n, freed, i, i});
        }
    }
    push(DiagramEdit::Remove, std::move(p));
}

void DiagramDocument::moveNodes(const std::map<std::string, DiagramPoint>& positions, bool continueDrag)
{
    std::vector<DiagramNode> changed;
    for (const auto& [id, pos] : positions) {
        changed.push_back(need(id));
        changed.back().position = pos;
    }
    changeNodes(DiagramEdit::Move, changed, DiagramCommand::kMoveMergeId, continueDrag);
}

void DiagramDocument::translateNodes(const std::vector<std::string>& ids, double dx, double dy, bool continueDrag)
{
    Diagram f = DiagramClipboard::fragment(m_diagram, ids, true);
    std::map<std::string, DiagramPoint> positions;
    for (const auto& n : f.nodes)
        positions[n.id] = {n.position.x + dx, n.position.y + dy};
    moveNodes(positions, continueDrag);
}

void DiagramDocument::setNodeGeometry(const std::string& id, const DiagramRect& rect, bool continueDrag)
{
    DiagramNode n = need(id);
    n.position = {rect.x, rect.y};
    n.size = {rect.width, rect.height};
    changeNodes(DiagramEdit::Resize, {n}, DiagramCommand::kResizeMergeId, continueDrag);
}

void DiagramDocument::setNodeTitle(const std::string& id, const std::string& title)
{
    DiagramNode n = need(id);
    n.title = title;
    changeNodes(DiagramEdit::EditText, {n});
}

void DiagramDocument::setNodeKind(const std::string& id, DiagramNodeKind kind)
{
    DiagramNode n = need(id);
    n.kind = kind;
    changeNodes(DiagramEdit::SetKind, {n});
}

void DiagramDocument::setNodePorts(const std::string& id, std::vector<DiagramPort> inputs,
                                   std::vector<DiagramPort> outputs)
{
    DiagramNode n = need(id);
    n.inputs = std::move(inputs);
    n.outputs = std::move(outputs);
    changeNodes(DiagramEdit::SetPorts, {n});
}

void DiagramDocument::setNodeBinding(const std::string& id, const DiagramBinding& binding)
{
    DiagramNode n = need(id);
    n.binding = binding;
    changeNodes(DiagramEdit::SetBinding, {n});
}

void DiagramDocument::setNodeMetric(const std::string& id, const std::string& metricKey)
{
    DiagramNode n = need(id);
    n.metric = metricKey;
    changeNodes(DiagramEdit::SetBinding, {n});
}

void DiagramDocument::setNodeGroup(const std::vector<std::string>& ids, const std::string& groupId)
{
    std::vector<DiagramNode> changed;
    for (const auto& id : ids) {
        changed.push_back(need(id));
        changed.back().group = groupId;
    }
    changeNodes(DiagramEdit::SetGroup, changed); // the validator refuses cycles and non-groups
}

void DiagramDocument::setEdgeLabel(const std::string& id, const std::string& label)
{
    const DiagramEdge* e = edge(id);
    if (!e)
        throw DiagramError("", "no edge with id \"" + id.substr(0, 60) + "\"");
    DiagramEdge after = *e;
    after.label = label;
    DiagramPatch p;
    p.edges.push_back({*e, after, 0, 0});
    push(DiagramEdit::EditText, std::move(p));
}

void DiagramDocument::setEdgeRouting(const std::string& id, DiagramEdge::Routing routing)
{
    const DiagramEdge* e = edge(id);
    if (!e)
        throw DiagramError("", "no edge with id \"" + id.substr(0, 60) + "\"");
    DiagramEdge after = *e;
    after.routing = routing;
    DiagramPatch p;
    p.edges.push_back({*e, after, 0, 0});
    push(DiagramEdit::SetRouting, std::move(p));
}

void DiagramDocument::rename(const std::string& name)
{
    DiagramPatch p;
    p.headerBefore = DiagramHeader{m_diagram.name, m_diagram.sourceRun};
    p.headerAfter = DiagramHeader{name, m_diagram.sourceRun};
    push(DiagramEdit::Rename, std::move(p));
}

void DiagramDocument::align(const std::vector<std::string>& ids, DiagramAlignment alignment)
{
    std::vector<DiagramNode> nodes;
    for (const auto& id : ids)
        nodes.push_back(need(id));
    changeNodes(DiagramEdit::Align, DiagramArrange::align(std::move(nodes), alignment));
}

void DiagramDocument::distribute(const std::vector<std::string>& ids, DiagramDistribution distribution)
{
    std::vector<DiagramNode> nodes;
    for (const auto& id : ids)
        nodes.push_back(need(id));
    changeNodes(DiagramEdit::Distribute, DiagramArrange::distribute(std::move(nodes), distribution));
}

std::vector<std::string> DiagramDocument::duplicate(const std::vector<std::string>& ids, DiagramPoint offset)
{
    for (const auto& id : ids)
        need(id);
    Diagram f = DiagramClipboard::fragment(m_diagram, ids, true);
    auto created = DiagramClipboard::renumber(f, [this] { return freshNodeId(); }, [this] { return freshEdgeId(); },
                                              offset);
    DiagramPatch p;
    for (std::size_t i = 0; i < f.nodes.size(); ++i)
        p.nodes.push_back({std::nullopt, std::move(f.nodes[i]), 0, m_diagram.nodes.size() + i});
    for (std::size_t i = 0; i < f.edges.size(); ++i)
        p.edges.push_back({std::nullopt, std::move(f.edges[i]), 0, m_diagram.edges.size() + i});
    push(DiagramEdit::Duplicate, std::move(p));
    return created;
}

std::string DiagramDocument::copy(const std::vector<std::string>& ids) const
{
    for (const auto& id : ids)
        need(id);
    return DiagramJson::write(DiagramClipboard::fragment(m_diagram, ids, false));
}

std::vector<std::string> DiagramDocument::paste(std::string_view fragmentJson, DiagramPoint offset)
{
    Diagram f = DiagramJson::read(fragmentJson);
    if (m_diagram.nodes.size() + f.nodes.size() > DiagramLimits::kMaxNodes)
        throw DiagramError("", "pasting would make more than " + std::to_string(DiagramLimits::kMaxNodes) + " nodes");
    auto created = DiagramClipboard::renumber(f, [this] { return freshNodeId(); }, [this] { return freshEdgeId(); },
                                              offset);
    DiagramPatch p;
    for (std::size_t i = 0; i < f.nodes.size(); ++i)
        p.nodes.push_back({std::nullopt, std::move(f.nodes[i]), 0, m_diagram.nodes.size() + i});
    for (std::size_t i = 0; i < f.edges.size(); ++i)
        p.edges.push_back({std::nullopt, std::move(f.edges[i]), 0, m_diagram.edges.size() + i});
    push(DiagramEdit::Paste, std::move(p));
    return created;
}

void DiagramDocument::autoLayout(const LayoutOptions& options)
{
    LayoutResult r = LayeredLayout::compute(m_diagram, options);
    replace(LayeredLayout::applied(m_diagram, r), DiagramEdit::Layout);
}

void DiagramDocument::replace(const Diagram& after, DiagramEdit edit)
{
    if (after.uuid != m_diagram.uuid)
        throw DiagramError("uuid", "cannot replace a diagram by another one (different uuid)");
    DiagramValidator::check(after);
    push(edit, DiagramPatch::diff(m_diagram, after));
}

} // namespace runlens
