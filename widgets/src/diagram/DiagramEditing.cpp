#include "diagram/DiagramEditing.h"

#include "diagram/DiagramAutoLayout.h"
#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramMime.h"
#include "diagram/DiagramNodeItem.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"
#include "common/StoreSession.h"

#include "runlens/diagram/import/DiagramImporter.h"
#include "runlens/diagram/DiagramJson.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

#include <cmath>

namespace runlens {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isBox(DiagramNodeKind kind)
{
    return kind != DiagramNodeKind::Note && kind != DiagramNodeKind::Group;
}

QRectF nodesBounds(const Diagram& d)
{
    QRectF r;
    for (const auto& n : d.nodes)
        r |= QRectF(n.position.x, n.position.y, n.size.width, n.size.height);
    return r;
}

} // namespace

DiagramEditing::DiagramEditing(DiagramScene* scene, DiagramView* view, StoreSession* session, QObject* parent)
    : QObject(parent), m_scene(scene), m_view(view), m_session(session), m_document(scene->document())
{
}

bool DiagramEditing::hasSelection() const
{
    return !m_scene->selectedNodeIds().empty() || !m_scene->selectedEdgeIds().empty();
}

bool DiagramEditing::canPaste() const
{
    const QMimeData* data = QApplication::clipboard()->mimeData();
    return data && (data->hasFormat(DiagramMime::diagramType()) || data->hasText());
}

void DiagramEditing::cut()
{
    copy();
    deleteSelection();
}

void DiagramEditing::copy()
{
    const auto ids = m_scene->selectedNodeIds();
    if (ids.empty())
        return;
    std::string json;
    if (!attempt([&] { json = m_document->copy(ids); }))
        return;
    auto* data = new QMimeData;
    const QByteArray bytes = QByteArray::fromStdString(json);
    data->setData(DiagramMime::diagramType(), bytes);
    data->setText(QString::fromUtf8(bytes));
    QApplication::clipboard()->setMimeData(data);
}

void DiagramEditing::paste()
{
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    std::string json;
    Diagram fragment;
    const bool ok = attempt([&] {
        if (data->hasFormat(DiagramMime::diagramType())) {
            json = data->data(DiagramMime::diagramType()).toStdString();
        } else {
            // Text: diagram JSON, or Mermaid / draw.io text copied from elsewhere.
            const std::string text = data->text().toStdString();
            json = DiagramJson::looksLike(text) ? text : DiagramJson::write(DiagramImporter::importText(text).diagram);
        }
        fragment = DiagramJson::read(json);
    });
    if (!ok || fragment.nodes.empty())
        return;
    const QString key = QString::fromStdString(json);
    m_pasteCount = key == m_lastClipboard ? m_pasteCount + 1 : 1;
    m_lastClipboard = key;
    // Beside the original when it is in view (pasting into the same place again steps
    // further away), else in the middle of the view: pasted things are always visible.
    const QRectF from = nodesBounds(fragment);
    const QRectF visible = m_view->visibleSceneRect();
    QPointF offset(20.0 * m_pasteCount, 20.0 * m_pasteCount);
    if (!visible.intersects(from))
        offset = m_scene->snap(visible.center() - from.center()) + QPointF(20.0, 20.0) * (m_pasteCount - 1);
    std::vector<std::string> ids;
    if (attempt([&] { ids = m_document->paste(json, {offset.x(), offset.y()}); }))
        m_scene->select(ids);
}

void DiagramEditing::duplicate()
{
    const auto ids = m_scene->selectedNodeIds();
    if (ids.empty())
        return;
    std::vector<std::string> created;
    if (attempt([&] { created = m_document->duplicate(ids, {DiagramScene::kGrid, DiagramScene::kGrid}); }))
        m_scene->select(created);
}

void DiagramEditing::deleteSelection()
{
    const auto nodes = m_scene->selectedNodeIds();
    const auto edges = m_scene->selectedEdgeIds();
    if (!nodes.empty() || !edges.empty())
        attempt([&] { m_document->remove(nodes, edges); });
}

void DiagramEditing::align(DiagramAlignment alignment)
{
    const auto ids = m_scene->selectedNodeIds();
    if (ids.size() >= 2)
        attempt([&] { m_document->align(ids, alignment); });
}

void DiagramEditing::distribute(DiagramDistribution distribution)
{
    const auto ids = m_scene->selectedNodeIds();
    if (ids.size() >= 3)
        attempt([&] { m_document->distribute(ids, distribution); });
}

void DiagramEditing::nudge(double dx, double dy)
{
    const auto ids = m_scene->selectedNodeIds();
    if (!ids.empty())
        attempt([&] { m_document->translateNodes(ids, dx, dy); });
}

void DiagramEditing::autoLayout()
{
    if (m_document->diagram().nodes.empty())
        return;
    LayoutOptions options = DiagramAutoLayout::options(m_document->diagram());
    options.origin = {0, 0};
    if (attempt([&] { m_document->autoLayout(options); }))
        m_view->fitDiagram();
}

void DiagramEditing::setKind(DiagramNodeKind kind)
{
    for (const auto& id : m_scene->selectedNodeIds()) {
        if (const auto* n = m_document->node(id); n && n->kind != kind && !attempt([&] { m_document->setNodeKind(id, kind); }))
            return;
    }
}

void DiagramEditing::setRouting(DiagramEdge::Routing routing)
{
    m_scene->setDefaultRouting(routing);
    for (const auto& id : m_scene->selectedEdgeIds()) {
        if (const auto* e = m_document->edge(id); e && e->routing != routing &&
                                                   !attempt([&] { m_document->setEdgeRouting(id, routing); }))
            return;
    }
}

void DiagramEditing::setGroup(const std::string& groupId)
{
    std::vector<std::string> ids;
    for (const auto& id : m_scene->selectedNodeIds()) {
        if (id != groupId)
            ids.push_back(id);
    }
    if (!ids.empty())
        attempt([&] { m_document->setNodeGroup(ids, groupId); });
}

std::string DiagramEditing::addNode(DiagramNodeKind kind, QPointF scenePos)
{
    DiagramNode node = DiagramNode::make("", kind, DiagramKindStyle::name(kind).toStdString());
    if (kind == DiagramNodeKind::Note)
        node.title = tr("Note").toStdString();
    const QPointF topLeft = m_scene->snap(scenePos - QPointF(node.size.width / 2, node.size.height / 2));
    node.position = {topLeft.x(), topLeft.y()};
    if (kind != DiagramNodeKind::Group)
        node.group = groupAt(scenePos);
    std::string id;
    if (attempt([&] { id = m_document->addNode(node); }))
        m_scene->select({id});
    return id;
}

void DiagramEditing::dropRuns(const QStringList& runIds, QPointF scenePos)
{
    DiagramNodeItem* target = nullptr;
    for (QGraphicsItem* it : m_scene->items(scenePos)) {
        if (auto* n = qgraphicsitem_cast<DiagramNodeItem*>(it); n && isBox(n->node().kind)) {
            target = n;
            break;
        }
    }
    if (target) {
        const QString uuid = resolveRun(runIds.front());
        if (uuid.isEmpty()) {
            emit failed(tr("Run %1 is not in the open store.").arg(runIds.front()));
            return;
        }
        const std::string id = target->id();
        if (attempt([&] { m_document->setNodeBinding(id, DiagramBinding::run(uuid.toStdString())); }))
            m_scene->select({id});
        return;
    }
    // On empty space: one bound step node per run, stacked downwards, as one paste.
    Diagram fragment = Diagram::make("runs");
    QPointF at = m_scene->snap(scenePos);
    for (const QString& runId : runIds) {
        QString name;
        const QString uuid = resolveRun(runId, &name);
        if (uuid.isEmpty())
            continue;
        DiagramNode n = DiagramNode::make("r" + std::to_string(fragment.nodes.size() + 1),
                                          guessDiagramNodeKind(name.toStdString()), name.toStdString());
        n.position = {at.x(), at.y()};
        n.binding = DiagramBinding::run(uuid.toStdString());
        at.ry() += n.size.height + DiagramScene::kGrid;
        fragment.nodes.push_back(std::move(n));
    }
    if (fragment.nodes.empty()) {
        emit failed(tr("None of the dropped runs is in the open store."));
        return;
    }
    std::vector<std::string> ids;
    if (attempt([&] { ids = m_document->paste(DiagramJson::write(fragment), {0, 0}); }))
        m_scene->select(ids);
}

QString DiagramEditing::resolveRun(const QString& idOrPrefix, QString* name) const
{
    if (!m_session || !m_session->isOpen())
        return {};
    auto run = m_session->run(idOrPrefix);
    if (!run)
        return {};
    if (name)
        *name = q(run->name);
    return q(run->uuid);
}

std::string DiagramEditing::groupAt(QPointF p, const std::string& except) const
{
    std::string found;
    for (const auto& n : m_document->diagram().nodes) {
        if (n.kind == DiagramNodeKind::Group && n.id != except &&
            QRectF(n.position.x, n.position.y, n.size.width, n.size.height).contains(p))
            found = n.id; // later groups are drawn on top: the last one wins
    }
    return found;
}

bool DiagramEditing::attempt(const std::function<void()>& edit)
{
    try {
        edit();
        return true;
    } catch (const std::exception& e) {
        emit failed(q(e.what()));
        return false;
    }
}

} // namespace runlens
