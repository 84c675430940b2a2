#include "runlens/diagram/PipelineDiagram.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramStore.h"
#include "runlens/diagram/DiagramValidator.h"
#include "runlens/diagram/layout/LayeredLayout.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/store/Store.h"
#include "runlens/model/StoreError.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace runlens {

namespace {

constexpr double kGap = 40;
constexpr const char* kDependencyPrefix = "dep:";

DiagramNode stepNode(const PipelineStep& s)
{
    DiagramNodeKind kind = s.kind.empty() ? guessDiagramNodeKind(s.name) : *parseDiagramNodeKind(s.kind);
    DiagramNode n = DiagramNode::make(PipelineDiagram::nodeId(s.name), kind, s.title.empty() ? s.name : s.title);
    n.binding = DiagramBinding::step(s.name);
    return n;
}

bool isStepNode(const DiagramNode& n) { return n.id.rfind("step:", 0) == 0; }

bool overlapsAny(const Diagram& d, const DiagramNode& n)
{
    DiagramRect r = n.rect();
    DiagramRect padded{r.x - kGap / 2, r.y - kGap / 2, r.width + kGap, r.height + kGap};
    return std::any_of(d.nodes.begin(), d.nodes.end(), [&](const DiagramNode& o) {
        return o.id != n.id && o.kind != DiagramNodeKind::Group && padded.intersects(o.rect());
    });
}

// Where a new step goes: as far from an existing neighbour as the layout of the whole
// pipeline would put it, then moved down until it overlaps nothing.
void placeNewNodes(Diagram& d, const std::unordered_set<std::string>& fresh)
{
    LayoutResult layout = LayeredLayout::compute(d);
    double bottom = 0;
    for (const auto& n : d.nodes) {
        if (!fresh.count(n.id))
            bottom = std::max(bottom, n.position.y + n.size.height);
    }
    for (auto& n : d.nodes) {
        if (!fresh.count(n.id))
            continue;
        const DiagramNode* anchor = nullptr;
        for (const auto& e : d.edges) {
            const std::string& other = e.to.node == n.id ? e.from.node : e.from.node == n.id ? e.to.node : std::string();
            if (!other.empty() && !fresh.count(other) && (anchor = d.node(other)))
                break;
        }
        const DiagramPoint mine = layout.positions.at(n.id);
        if (anchor) {
            const DiagramPoint theirs = layout.positions.at(anchor->id);
            n.position = {anchor->position.x + mine.x - theirs.x, anchor->position.y + mine.y - theirs.y};
        } else {
            n.position = {mine.x, bottom + kGap};
        }
        for (int tries = 0; tries < 1000 && overlapsAny(d, n); ++tries)
            n.position.y += n.size.height + kGap;
    }
}

} // namespace

Diagram PipelineDiagram::create(const std::string& name, const std::vector<PipelineStep>& steps,
                                const std::string& sourceRun)
{
    PipelineDescription::check(steps);
    Diagram d = Diagram::make(name);
    d.sourceRun = sourceRun;
    d = update(d, steps);
    d = LayeredLayout::applied(d, LayeredLayout::compute(d));
    DiagramValidator::check(d);
    return d;
}

Diagram PipelineDiagram::update(const Diagram& current, const std::vector<PipelineStep>& steps)
{
    PipelineDescription::check(steps);
    Diagram d = current;
    std::unordered_map<std::string, const PipelineStep*> wanted;
    for (const auto& s : steps)
        wanted.emplace(nodeId(s.name), &s);
    // Step nodes of steps that are gone leave, with every edge that touches them.
    std::unordered_set<std::string> gone;
    for (const auto& n : d.nodes) {
        if (isStepNode(n) && !wanted.count(n.id))
            gone.insert(n.id);
    }
    std::erase_if(d.edges, [&](const DiagramEdge& e) { return gone.count(e.from.node) || gone.count(e.to.node); });
    std::erase_if(d.nodes, [&](const DiagramNode& n) { return gone.count(n.id); });
    for (auto& n : d.nodes) {
        if (gone.count(n.group))
            n.group.clear();
    }
    // Existing step nodes: the tag decides kind and binding, the user the rest.
    std::unordered_set<std::string> fresh;
    for (const auto& s : steps) {
        DiagramNode made = stepNode(s);
        if (DiagramNode* n = d.node(made.id)) {
            n->kind = made.kind;
            n->binding = made.binding;
            if (!n->output("out"))
                n->outputs.push_back({"out", ""});
            if (!n->input("in"))
                n->inputs.push_back({"in", ""});
        } else {
            d.nodes.push_back(std::move(made));
            fresh.insert(d.nodes.back().id);
        }
    }
    // Dependency edges ("dep:" ids) mirror the tag; edges the user drew stay.
    std::set<std::pair<std::string, std::string>> deps;
    for (const auto& s : steps) {
        for (const auto& a : s.after)
            deps.emplace(nodeId(a), nodeId(s.name));
    }
    std::set<std::pair<std::string, std::string>> present;
    std::erase_if(d.edges, [&](const DiagramEdge& e) {
        if (e.id.rfind(kDependencyPrefix, 0) != 0)
            return false;
        std::pair<std::string, std::string> key{e.from.node, e.to.node};
        return !deps.count(key) || !present.insert(key).second;
    });
    std::size_t next = 1;
    for (const auto& [from, to] : deps) {
        if (present.count({from, to}))
            continue;
        DiagramEdge e;
        do
            e.id = kDependencyPrefix + std::to_string(next++);
        while (d.edge(e.id));
        e.from = {from, "out"};
        e.to = {to, "in"};
        d.edges.push_back(std::move(e));
    }
    if (!fresh.empty() && fresh.size() < d.nodes.size())
        placeNewNodes(d, fresh);
    DiagramValidator::check(d);
    return d;
}

std::string PipelineDiagram::syncFromRun(const Store& store, const std::string& runId)
{
    RunRecord run = store.run(runId);
    auto tag = run.tags.find(PipelineDescription::kTag);
    if (tag == run.tags.end())
        throw StoreError(StoreError::Kind::NotFound, "run '" + run.name + "' has no " +
                                                         PipelineDescription::kTag + " tag describing a pipeline");
    std::vector<PipelineStep> steps;
    try {
        steps = PipelineDescription::parse(tag->second);
    } catch (const DiagramError& e) {
        throw DiagramError(std::string(PipelineDescription::kTag) + " tag of run '" + run.name + "'", e.what());
    }
    DiagramStore diagrams(store);
    if (auto existing = diagrams.findBySourceRun(run.uuid)) {
        Diagram current = diagrams.load(existing->uuid);
        Diagram updated = update(current, steps);
        if (!(updated == current))
            diagrams.save(updated);
        return updated.uuid;
    }
    Diagram d = create(run.name + " pipeline", steps, run.uuid);
    diagrams.save(d);
    return d.uuid;
}

std::vector<PipelineStep> PipelineDiagram::stepsOf(const RunRecord& parent, std::vector<RunRecord> runs,
                                                  bool* described)
{
    auto tag = parent.tags.find(PipelineDescription::kTag);
    if (described)
        *described = tag != parent.tags.end();
    if (tag != parent.tags.end())
        return PipelineDescription::parse(tag->second);
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) {
        return a.startTime != b.startTime ? a.startTime < b.startTime : a.id < b.id;
    });
    std::vector<PipelineStep> steps;
    std::set<std::string> seen;
    for (const auto& r : runs) {
        if (r.parentUuid != parent.uuid || r.name.empty() || !seen.insert(r.name).second)
            continue;
        PipelineStep s;
        s.name = r.name;
        if (!steps.empty())
            s.after = {steps.back().name};
        steps.push_back(std::move(s));
    }
    return steps;
}

} // namespace runlens
