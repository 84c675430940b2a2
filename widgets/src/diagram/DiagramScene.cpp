#include "diagram/DiagramScene.h"

#include "diagram/DiagramEdgeItem.h"
#include "diagram/DiagramEdgeLabelItem.h"
#include "diagram/DiagramInteraction.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramNodePainter.h"
#include "diagram/DiagramText.h"
#include "diagram/DiagramTextEditor.h"

#include "runlens/diagram/DiagramDocument.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QKeyEvent>
#include <QPainter>

#include <cmath>
#include <unordered_set>

namespace runlens {

DiagramScene::DiagramScene(DiagramDocument* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document), m_interaction(std::make_unique<DiagramInteraction>(this))
{
    // Items move all the time while editing; a BSP tree rebuilt on every move costs
    // more than a linear search over a thousand items.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_listener = m_document->addListener([this](const DiagramChange& c) { onChange(c); });
    rebuild();
}

DiagramScene::~DiagramScene()
{
    m_document->removeListener(m_listener);
    m_interaction->cancel();
    m_editor = nullptr;
    // Delete the items while this is still a DiagramScene and with its signals blocked:
    // left to ~QGraphicsScene, removing selected items emits selectionChanged, and slots
    // connected to it would call selectedNodeIds() on a half-destroyed object.
    const QSignalBlocker block(this);
    clear();
}

DiagramNodeItem* DiagramScene::nodeItem(const std::string& id) const
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : it->second;
}

DiagramEdgeItem* DiagramScene::edgeItem(const std::string& id) const
{
    auto it = m_edges.find(id);
    return it == m_edges.end() ? nullptr : it->second;
}

std::vector<std::string> DiagramScene::selectedNodeIds() const
{
    std::vector<std::string> ids;
    for (const auto& n : m_document->diagram().nodes) {
        if (auto* item = nodeItem(n.id); item && item->isSelected())
            ids.push_back(n.id);
    }
    return ids;
}

std::vector<std::string> DiagramScene::selectedEdgeIds() const
{
    std::vector<std::string> ids;
    for (const auto& e : m_document->diagram().edges) {
        if (auto* item = edgeItem(e.id); item && item->isSelected())
            ids.push_back(e.id);
    }
    return ids;
}

void DiagramScene::select(const std::vector<std::string>& nodeIds, const std::vector<std::string>& edgeIds)
{
    {
        // One selectionChanged for the whole change, not one per item.
        const QSignalBlocker block(this);
        clearSelection();
        for (const auto& id : nodeIds) {
            if (auto* item = nodeItem(id))
                item->setSelected(true);
        }
        for (const auto& id : edgeIds) {
            if (auto* item = edgeItem(id))
                item->setSelected(true);
        }
    }
    emit selectionChanged();
}

void DiagramScene::selectEverything()
{
    std::vector<std::string> nodes, edges;
    for (const auto& n : m_document->diagram().nodes)
        nodes.push_back(n.id);
    for (const auto& e : m_document->diagram().edges)
        edges.push_back(e.id);
    select(nodes, edges);
}

void DiagramScene::setLiveState(const std::string& nodeId, const DiagramLiveState& state)
{
    m_live[nodeId] = state;
    if (auto* item = nodeItem(nodeId))
        item->setLive(state);
}

const DiagramLiveState* DiagramScene::liveState(const std::string& nodeId) const
{
    auto it = m_live.find(nodeId);
    return it == m_live.end() ? nullptr : &it->second;
}

void DiagramScene::clearLiveStates()
{
    m_live.clear();
    for (auto& [id, item] : m_nodes)
        item->setLive({});
}

QPointF DiagramScene::snap(QPointF p) const
{
    return {snap(p.x()), snap(p.y())};
}

double DiagramScene::snap(double v) const
{
    return m_snap ? std::round(v / kGrid) * kGrid : v;
}

void DiagramScene::setDropTarget(const std::string& nodeId)
{
    if (nodeId == m_dropTarget)
        return;
    if (auto* old = nodeItem(m_dropTarget))
        old->setDropTarget(false);
    m_dropTarget = nodeId;
    if (auto* item = nodeItem(nodeId))
        item->setDropTarget(true);
}

QRectF DiagramScene::diagramBounds() const
{
    QRectF r;
    for (const auto& n : m_document->diagram().nodes)
        r |= QRectF(n.position.x, n.position.y, n.size.width, n.size.height);
    for (const auto& [id, item] : m_edges) {
        r |= item->boundingRect();
        if (!item->labelLines().isEmpty())
            r |= item->labelRect();
    }
    if (r.isNull())
        r = QRectF(0, 0, 400, 300);
    return r.adjusted(-20, -20, 20, 20);
}

void DiagramScene::renderDiagram(QPainter& painter, const QRectF& target, const QRectF& source)
{
    const QRectF from = source.isNull() ? diagramBounds() : source;
    m_exporting = true;
    // Items paint from their caches otherwise; an export must draw every item afresh.
    QGraphicsScene::render(&painter, target, from, Qt::KeepAspectRatio);
    m_exporting = false;
}

void DiagramScene::editNodeText(const std::string& nodeId)
{
    finishTextEdit(true);
    auto* item = nodeItem(nodeId);
    if (!item)
        return;
    const DiagramNode& n = item->node();
    const bool live = item->live().bound;
    QRectF r = DiagramNodePainter::titleRect(n, live);
    const QFont& font = n.kind == DiagramNodeKind::Note ? DiagramText::smallFont() : DiagramText::titleFont();
    m_editor = new DiagramTextEditor(DiagramTextEditor::Target::NodeTitle, nodeId, QString::fromStdString(n.title),
                                     item->mapRectToScene(r), n.kind == DiagramNodeKind::Note, font);
    addItem(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void DiagramScene::editEdgeLabel(const std::string& edgeId)
{
    finishTextEdit(true);
    auto* item = edgeItem(edgeId);
    if (!item)
        return;
    QRectF r = item->labelRect();
    r.setWidth(std::max(120.0, r.width()));
    r.moveCenter(item->labelRect().center());
    m_editor = new DiagramTextEditor(DiagramTextEditor::Target::EdgeLabel, edgeId,
                                     QString::fromStdString(item->edge().label), r, false, DiagramText::labelFont());
    addItem(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void DiagramScene::finishTextEdit(bool commit)
{
    DiagramTextEditor* editor = m_editor;
    if (!editor)
        return;
    m_editor = nullptr; // first: hiding the editor sends a focus-out that lands here again
    editor->hide();
    editor->deleteLater();
    if (!commit)
        return;
    const std::string text = editor->text().toStdString();
    try {
        if (editor->target() == DiagramTextEditor::Target::NodeTitle) {
            if (const auto* n = m_document->node(editor->targetId()); n && n->title != text)
                m_document->setNodeTitle(n->id, text);
        } else if (const auto* e = m_document->edge(editor->targetId()); e && e->label != text) {
            m_document->setEdgeLabel(e->id, text);
        }
    } catch (const std::exception& e) {
        emit editFailed(QString::fromStdString(e.what()));
    }
}

void DiagramScene::closeEditorFor(const std::vector<std::string>& ids)
{
    if (!m_editor)
        return;
    for (const auto& id : ids) {
        if (id == m_editor->targetId()) {
            finishTextEdit(false);
            return;
        }
    }
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    // Right-clicking an unselected item makes it the selection, as in file managers.
    for (QGraphicsItem* it : items(event->scenePos())) {
        if (it->type() != DiagramNodeItem::Type && it->type() != DiagramEdgeItem::Type)
            continue;
        if (!it->isSelected()) {
            clearSelection();
            it->setSelected(true);
        }
        break;
    }
    emit contextMenuRequested(event->screenPos(), event->scenePos());
    event->accept();
}

void DiagramScene::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_interaction->isActive()) {
        m_interaction->cancel();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void DiagramScene::onChange(const DiagramChange& c)
{
    using Type = DiagramChange::Type;
    switch (c.type) {
    case Type::Reset: rebuild(); break;
    case Type::NodesAdded:
    case Type::EdgesAdded: addItems(c); break;
    case Type::NodesRemoved:
    case Type::EdgesRemoved: removeItems(c); break;
    case Type::NodesChanged: updateNodeItems(c); break;
    case Type::EdgesChanged: updateEdgeItems(c.ids); break;
    case Type::HeaderChanged: emit headerChanged(); break;
    }
    emit documentChanged(c);
}

void DiagramScene::addItems(const DiagramChange& c)
{
    const bool nodes = c.type == DiagramChange::Type::NodesAdded;
    for (const auto& id : c.ids) {
        if (nodes)
            addNodeItem(id);
        else
            addEdgeItem(id);
    }
}

void DiagramScene::removeItems(const DiagramChange& c)
{
    // An inline editor still open on a removed box or label would write into it on closing.
    closeEditorFor(c.ids);
    const bool nodes = c.type == DiagramChange::Type::NodesRemoved;
    for (const auto& id : c.ids) {
        if (nodes)
            removeNodeItem(id);
        else
            removeEdgeItem(id);
    }
}

void DiagramScene::updateNodeItems(const DiagramChange& c)
{
    for (const auto& id : c.ids) {
        if (auto* item = nodeItem(id); item && m_document->node(id))
            item->setNode(*m_document->node(id));
    }
    if (c.has(DiagramChange::Position) || c.has(DiagramChange::Size) || c.has(DiagramChange::Ports))
        routeEdgesOf(c.ids);
}

void DiagramScene::updateEdgeItems(const std::vector<std::string>& ids)
{
    for (const auto& id : ids) {
        auto* item = edgeItem(id);
        if (const auto* e = m_document->edge(id); item && e) {
            item->setEdge(*e);
            routeEdge(item);
        }
    }
}

void DiagramScene::rebuild()
{
    finishTextEdit(false);
    m_interaction->cancel();
    m_dropTarget.clear();
    for (auto& [id, item] : m_labels)
        delete item;
    for (auto& [id, item] : m_edges)
        delete item;
    for (auto& [id, item] : m_nodes)
        delete item;
    m_labels.clear();
    m_edges.clear();
    m_nodes.clear();
    // Live states belong to node ids of the old diagram.
    m_live.clear();
    const Diagram& d = m_document->diagram();
    m_nodes.reserve(d.nodes.size());
    m_edges.reserve(d.edges.size());
    for (const auto& n : d.nodes)
        addNodeItem(n.id);
    for (const auto& e : d.edges)
        addEdgeItem(e.id);
}

void DiagramScene::addNodeItem(const std::string& id)
{
    const DiagramNode* n = m_document->node(id);
    if (!n || m_nodes.count(id))
        return;
    auto* item = new DiagramNodeItem(*n);
    if (auto it = m_live.find(id); it != m_live.end())
        item->setLive(it->second);
    addItem(item);
    m_nodes.emplace(id, item);
}

void DiagramScene::addEdgeItem(const std::string& id)
{
    const DiagramEdge* e = m_document->edge(id);
    if (!e || m_edges.count(id))
        return;
    auto* item = new DiagramEdgeItem(*e);
    auto* label = new DiagramEdgeLabelItem(item);
    item->setLabelItem(label);
    routeEdge(item);
    addItem(item);
    addItem(label);
    m_edges.emplace(id, item);
    m_labels.emplace(id, label);
}

void DiagramScene::removeNodeItem(const std::string& id)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    if (id == m_dropTarget)
        m_dropTarget.clear();
    if (m_interaction->isActive())
        m_interaction->cancel();
    delete it->second;
    m_nodes.erase(it);
}

void DiagramScene::removeEdgeItem(const std::string& id)
{
    auto it = m_edges.find(id);
    if (it == m_edges.end())
        return;
    if (auto label = m_labels.find(id); label != m_labels.end()) {
        delete label->second;
        m_labels.erase(label);
    }
    delete it->second;
    m_edges.erase(it);
}

void DiagramScene::routeEdge(DiagramEdgeItem* item)
{
    const DiagramEdge& e = item->edge();
    auto* from = nodeItem(e.from.node);
    auto* to = nodeItem(e.to.node);
    if (!from || !to)
        return;
    // The arrowhead's tip touches the input port's circle instead of hiding under it.
    const QPointF tip = to->portScenePos(false, e.to.port) - QPointF(DiagramNodePainter::kPortRadius, 0);
    item->setEnds(from->portScenePos(true, e.from.port), tip);
    item->placeLabel([this](const QRectF& r) { return coversNode(r); });
}

bool DiagramScene::coversNode(const QRectF& rect) const
{
    // A scan of every node per label: past a few thousand nodes that costs more than
    // a label's better place is worth, and the label, drawn above the boxes, still shows.
    constexpr std::size_t kMaxScan = 2000;
    const auto& nodes = m_document->diagram().nodes;
    if (nodes.size() > kMaxScan)
        return false;
    for (const auto& n : nodes) {
        if (n.kind != DiagramNodeKind::Group &&
            rect.intersects(QRectF(n.position.x, n.position.y, n.size.width, n.size.height)))
            return true;
    }
    return false;
}

void DiagramScene::routeEdgesOf(const std::vector<std::string>& nodeIds)
{
    std::unordered_set<std::string> done;
    for (const auto& id : nodeIds) {
        for (const auto& edgeId : m_document->edgesOf(id)) {
            if (!done.insert(edgeId).second)
                continue;
            if (auto* item = edgeItem(edgeId))
                routeEdge(item);
        }
    }
}

} // namespace runlens
