#include "diagram/DiagramPatch.h"

#include "diagram/DiagramIndex.h"

#include <algorithm>
#include <unordered_map>

namespace runlens {

namespace {

using Map = std::unordered_map<std::string, std::size_t>;

unsigned fieldsOf(const DiagramNode& a, const DiagramNode& b)
{
    unsigned f = 0;
    if (a.position != b.position)
        f |= DiagramChange::Position;
    if (a.size != b.size)
        f |= DiagramChange::Size;
    if (a.title != b.title)
        f |= DiagramChange::Title;
    if (a.kind != b.kind)
        f |= DiagramChange::Kind;
    if (a.inputs != b.inputs || a.outputs != b.outputs)
        f |= DiagramChange::Ports;
    if (a.binding != b.binding || a.metric != b.metric)
        f |= DiagramChange::Binding;
    if (a.group != b.group)
        f |= DiagramChange::Group;
    return f;
}

unsigned fieldsOf(const DiagramEdge& a, const DiagramEdge& b)
{
    unsigned f = 0;
    if (a.from != b.from || a.to != b.to)
        f |= DiagramChange::Ends;
    if (a.label != b.label)
        f |= DiagramChange::Title;
    if (a.routing != b.routing)
        f |= DiagramChange::Routing;
    return f;
}

// What applying one list's changes did, for the change events.
struct ListResult {
    DiagramChange removed, changed, added;
    bool structural = false;
};

template <class T>
std::size_t locate(const std::vector<T>& list, const Map& index, const std::string& id)
{
    auto it = index.find(id);
    if (it != index.end() && it->second < list.size() && list[it->second].id == id)
        return it->second;
    // The index is stale only mid-apply; fall back to a scan rather than trust it.
    auto pos = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.id == id; });
    return static_cast<std::size_t>(pos - list.begin());
}

template <class T>
ListResult applyList(std::vector<T>& list, const Map& index, const std::vector<DiagramItemChange<T>>& changes,
                     bool forward)
{
    ListResult r;
    std::vector<std::pair<std::size_t, const std::string*>> removals;
    std::vector<std::pair<std::size_t, const T*>> inserts;
    // In-place changes first, while the index still matches the list.
    for (const auto& c : changes) {
        const auto& from = forward ? c.before : c.after;
        const auto& to = forward ? c.after : c.before;
        if (from && to) {
            std::size_t at = locate(list, index, from->id);
            if (at < list.size()) {
                r.changed.fields |= fieldsOf(list[at], *to);
                list[at] = *to;
                r.changed.ids.push_back(to->id);
            }
        } else if (from) {
            removals.emplace_back(locate(list, index, from->id), &from->id);
        } else if (to) {
            inserts.emplace_back(forward ? c.afterIndex : c.beforeIndex, &*to);
        }
    }
    // Remove from the back so earlier positions stay valid; insert from the front so
    // each item lands at the position it had.
    std::sort(removals.begin(), removals.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [at, id] : removals) {
        if (at < list.size()) {
            list.erase(list.begin() + static_cast<long>(at));
            r.removed.ids.push_back(*id);
        }
    }
    std::sort(inserts.begin(), inserts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [at, item] : inserts) {
        list.insert(list.begin() + static_cast<long>(std::min(at, list.size())), *item);
        r.added.ids.push_back(item->id);
    }
    r.structural = !removals.empty() || !inserts.empty();
    return r;
}

template <class T>
bool sameItems(const std::vector<DiagramItemChange<T>>& a, const std::vector<DiagramItemChange<T>>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!a[i].after || !b[i].before || a[i].after->id != b[i].before->id)
            return false;
    }
    return true;
}

template <class T>
bool inPlace(const std::vector<DiagramItemChange<T>>& list)
{
    return std::all_of(list.begin(), list.end(), [](const auto& c) { return c.before && c.after; });
}

template <class T>
bool unchanged(const std::vector<DiagramItemChange<T>>& list)
{
    return std::all_of(list.begin(), list.end(), [](const auto& c) { return c.before && c.after && *c.before == *c.after; });
}

// Items present in both lists must keep their relative order for an exact diff.
template <class T>
bool commonOrderKept(const std::vector<T>& before, const Map& afterIndex)
{
    long last = -1;
    for (const T& item : before) {
        auto it = afterIndex.find(item.id);
        if (it == afterIndex.end())
            continue;
        if (static_cast<long>(it->second) < last)
            return false;
        last = static_cast<long>(it->second);
    }
    return true;
}

template <class T>
std::vector<DiagramItemChange<T>> diffList(const std::vector<T>& before, const std::vector<T>& after)
{
    Map b, a;
    for (std::size_t i = 0; i < before.size(); ++i)
        b.emplace(before[i].id, i);
    for (std::size_t i = 0; i < after.size(); ++i)
        a.emplace(after[i].id, i);
    bool keepCommon = commonOrderKept(before, a);
    std::vector<DiagramItemChange<T>> out;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (!keepCommon || !a.count(before[i].id))
            out.push_back({before[i], std::nullopt, i, 0});
    }
    for (std::size_t j = 0; j < after.size(); ++j) {
        auto it = b.find(after[j].id);
        if (!keepCommon || it == b.end())
            out.push_back({std::nullopt, after[j], 0, j});
        else if (!(before[it->second] == after[j]))
            out.push_back({before[it->second], after[j], it->second, j});
    }
    return out;
}

void emit(std::vector<DiagramChange>& out, DiagramChange c, DiagramChange::Type type)
{
    if (c.ids.empty())
        return;
    c.type = type;
    out.push_back(std::move(c));
}

} // namespace

bool DiagramPatch::changesOnly() const
{
    return inPlace(nodes) && inPlace(edges) && !headerAfter;
}

bool DiagramPatch::isIdentity() const
{
    return unchanged(nodes) && unchanged(edges) && (!headerAfter || headerBefore == headerAfter);
}

std::vector<DiagramChange> DiagramPatch::apply(Diagram& d, DiagramIndex& index, bool forward) const
{
    ListResult e = applyList(d.edges, index.edges(), edges, forward);
    ListResult n = applyList(d.nodes, index.nodes(), nodes, forward);
    if (headerAfter) {
        const DiagramHeader& h = forward ? *headerAfter : *headerBefore;
        d.name = h.name;
        d.sourceRun = h.sourceRun;
    }
    if (e.structural || n.structural)
        index.rebuild(d);
    std::vector<DiagramChange> out;
    emit(out, std::move(e.removed), DiagramChange::Type::EdgesRemoved);
    emit(out, std::move(n.removed), DiagramChange::Type::NodesRemoved);
    emit(out, std::move(n.changed), DiagramChange::Type::NodesChanged);
    emit(out, std::move(e.changed), DiagramChange::Type::EdgesChanged);
    emit(out, std::move(n.added), DiagramChange::Type::NodesAdded);
    emit(out, std::move(e.added), DiagramChange::Type::EdgesAdded);
    if (headerAfter)
        out.push_back({DiagramChange::Type::HeaderChanged, {}, 0});
    return out;
}

bool DiagramPatch::mergeWith(const DiagramPatch& next)
{
    if (!changesOnly() || !next.changesOnly() || !sameItems(nodes, next.nodes) || !sameItems(edges, next.edges))
        return false;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        nodes[i].after = next.nodes[i].after;
    for (std::size_t i = 0; i < edges.size(); ++i)
        edges[i].after = next.edges[i].after;
    return true;
}

DiagramPatch DiagramPatch::diff(const Diagram& before, const Diagram& after)
{
    DiagramPatch p;
    p.nodes = diffList(before.nodes, after.nodes);
    p.edges = diffList(before.edges, after.edges);
    DiagramHeader hb{before.name, before.sourceRun}, ha{after.name, after.sourceRun};
    if (!(hb == ha)) {
        p.headerBefore = hb;
        p.headerAfter = ha;
    }
    return p;
}

} // namespace runlens
