#include "diagram/DiagramProperties.h"

#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramRunBinder.h"
#include "diagram/DiagramScene.h"
#include "common/StatusStyle.h"
#include "common/StoreSession.h"

#include "runlens/diagram/DiagramDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <set>

namespace runlens {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Sets a line edit's text unless the user is typing in it.
void setQuietly(QLineEdit* edit, const QString& text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    const QSignalBlocker block(edit);
    edit->setText(text);
    edit->setModified(false);
    edit->setCursorPosition(0); // a long name shows its beginning
}

} // namespace

DiagramProperties::DiagramProperties(DiagramScene* scene, DiagramRunBinder* binder, StoreSession* session,
                                     QWidget* parent)
    : QWidget(parent), m_scene(scene), m_document(scene->document()), m_binder(binder), m_session(session)
{
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildDiagramPage());
    m_pages->addWidget(buildNodePage());
    m_pages->addWidget(buildEdgePage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);
    layout->addStretch(1);
    setMinimumWidth(220);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DiagramProperties::refresh);
    connect(m_scene, &DiagramScene::documentChanged, this, &DiagramProperties::refresh);
    connect(m_binder, &DiagramRunBinder::stateChanged, this, [this](const QString& id) {
        if (id.toStdString() == m_node)
            refresh();
    });
    refresh();
}

QWidget* DiagramProperties::buildDiagramPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_name = new QLineEdit;
    m_name->setToolTip(tr("The diagram's name in the store and in reports"));
    connect(m_name, &QLineEdit::editingFinished, this, &DiagramProperties::commitName);
    form->addRow(tr("Name:"), m_name);
    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    form->addRow(m_counts);
    auto* hint = new QLabel(tr("Select a node to name it, change its kind or bind it to runs. Drop runs from the "
                               "runs table onto a node to bind them."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    return page;
}

QWidget* DiagramProperties::buildNodePage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit;
    connect(m_title, &QLineEdit::editingFinished, this, &DiagramProperties::commitTitle);
    form->addRow(tr("Title:"), m_title);

    m_kind = new QComboBox;
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    for (DiagramNodeKind k : DiagramKindStyle::kinds())
        m_kind->addItem(DiagramKindStyle::icon(k), DiagramKindStyle::name(k), int(k));
    connect(m_kind, &QComboBox::activated, this, &DiagramProperties::commitKind);
    form->addRow(tr("Kind:"), m_kind);

    m_bindType = new QComboBox;
    m_bindType->setObjectName(QStringLiteral("bindType"));
    m_bindType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bindType->setMinimumContentsLength(8);
    m_bindType->addItem(tr("Nothing"), int(DiagramBinding::Type::None));
    m_bindType->addItem(tr("Pipeline step"), int(DiagramBinding::Type::Step));
    m_bindType->addItem(tr("Run"), int(DiagramBinding::Type::Run));
    m_bindType->addItem(tr("Experiment (newest run)"), int(DiagramBinding::Type::Experiment));
    m_bindType->setToolTip(tr("What the node shows from the store"));
    connect(m_bindType, &QComboBox::activated, this, [this] {
        fillBindingValues();
        commitBinding(true);
    });
    form->addRow(tr("Bound to:"), m_bindType);

    m_bindValue = new QComboBox;
    m_bindValue->setObjectName(QStringLiteral("bindValue"));
    m_bindValue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_bindValue->setMinimumContentsLength(8);
    m_bindValue->setEditable(true);
    m_bindValue->setInsertPolicy(QComboBox::NoInsert);
    m_bindValue->setToolTip(tr("Step name (the child run's name), run id or experiment name"));
    connect(m_bindValue, &QComboBox::activated, this, [this] { commitBinding(false); });
    connect(m_bindValue->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitBinding(false); });
    form->addRow(tr("Value:"), m_bindValue);

    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("metric"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(8);
    m_metric->setEditable(true);
    m_metric->setInsertPolicy(QComboBox::NoInsert);
    m_metric->setToolTip(tr("The metric whose latest value and curve the node shows; empty = the run's first"));
    connect(m_metric, &QComboBox::activated, this, &DiagramProperties::commitMetric);
    connect(m_metric->lineEdit(), &QLineEdit::editingFinished, this, &DiagramProperties::commitMetric);
    form->addRow(tr("Metric:"), m_metric);

    m_runInfo = new QLabel;
    m_runInfo->setWordWrap(true);
    m_runInfo->setTextFormat(Qt::RichText);
    form->addRow(m_runInfo);
    m_openRun = new QPushButton(tr("Open Run"));
    connect(m_openRun, &QPushButton::clicked, this, [this] {
        if (!m_node.empty())
            emit openRunRequested(m_binder->state(m_node).runId);
    });
    form->addRow(m_openRun);
    return page;
}

QWidget* DiagramProperties::buildEdgePage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_edgeLabel = new QLineEdit;
    connect(m_edgeLabel, &QLineEdit::editingFinished, this, &DiagramProperties::commitEdgeLabel);
    form->addRow(tr("Label:"), m_edgeLabel);
    m_routing = new QComboBox;
    m_routing->addItem(tr("Orthogonal"), int(DiagramEdge::Routing::Orthogonal));
    m_routing->addItem(tr("Curved"), int(DiagramEdge::Routing::Curved));
    connect(m_routing, &QComboBox::activated, this, &DiagramProperties::commitRouting);
    form->addRow(tr("Routing:"), m_routing);
    return page;
}

void DiagramProperties::refresh()
{
    const auto nodes = m_scene->selectedNodeIds();
    const auto edges = m_scene->selectedEdgeIds();
    if (nodes.size() == 1 && edges.empty())
        showNode(nodes.front());
    else if (edges.size() == 1 && nodes.empty())
        showEdge(edges.front());
    else
        showDiagram();
}

void DiagramProperties::showDiagram()
{
    m_node.clear();
    m_edge.clear();
    m_pages->setCurrentIndex(0);
    const Diagram& d = m_document->diagram();
    setQuietly(m_name, q(d.name));
    const int selected = int(m_scene->selectedNodeIds().size() + m_scene->selectedEdgeIds().size());
    QString counts = tr("%n node(s)", nullptr, int(d.nodes.size())) + QStringLiteral(", ") +
                     tr("%n edge(s)", nullptr, int(d.edges.size()));
    if (selected > 1)
        counts += QStringLiteral("; ") + tr("%n selected", nullptr, selected);
    m_counts->setText(counts);
}

void DiagramProperties::showNode(const std::string& id)
{
    const DiagramNode* n = m_document->node(id);
    if (!n)
        return showDiagram();
    const bool same = id == m_node;
    m_node = id;
    m_edge.clear();
    m_pages->setCurrentIndex(1);
    setQuietly(m_title, q(n->title));
    {
        const QSignalBlocker b1(m_kind), b2(m_bindType);
        m_kind->setCurrentIndex(m_kind->findData(int(n->kind)));
        m_bindType->setCurrentIndex(m_bindType->findData(int(n->binding.type)));
    }
    if (!same || !m_bindValue->lineEdit()->hasFocus()) {
        fillBindingValues();
        const QSignalBlocker b(m_bindValue);
        m_bindValue->setEditText(q(n->binding.value));
    }
    if (!same || !m_metric->lineEdit()->hasFocus()) {
        fillMetrics();
        const QSignalBlocker b(m_metric);
        m_metric->setEditText(q(n->metric));
    }
    // Without a choice the node shows the run's first metric: say which.
    const QString shown = m_binder->state(id).metricKey;
    m_metric->lineEdit()->setPlaceholderText(n->metric.empty() && !shown.isEmpty() ? tr("first: %1").arg(shown)
                                                                                   : QString());
    const bool box = n->kind != DiagramNodeKind::Note && n->kind != DiagramNodeKind::Group;
    m_bindType->setEnabled(box);
    m_bindValue->setEnabled(box && n->binding.isBound());
    m_metric->setEnabled(box);

    const DiagramLiveState live = m_binder->state(id);
    if (live.hasRun) {
        m_runInfo->setText(tr("<b>%1</b> · <span style='color:%2'>%3</span> · %4")
                               .arg(live.runName.toHtmlEscaped(), StatusStyle::color(live.status).name(),
                                    StatusStyle::label(live.status), StatusStyle::duration(live.duration)));
    } else {
        m_runInfo->setText(live.caption.toHtmlEscaped());
    }
    m_openRun->setEnabled(live.hasRun);
}

void DiagramProperties::showEdge(const std::string& id)
{
    const DiagramEdge* e = m_document->edge(id);
    if (!e)
        return showDiagram();
    m_edge = id;
    m_node.clear();
    m_pages->setCurrentIndex(2);
    setQuietly(m_edgeLabel, q(e->label));
    const QSignalBlocker b(m_routing);
    m_routing->setCurrentIndex(m_routing->findData(int(e->routing)));
}

void DiagramProperties::fillBindingValues()
{
    const QSignalBlocker b(m_bindValue);
    const QString text = m_bindValue->currentText();
    m_bindValue->clear();
    const auto type = DiagramBinding::Type(m_bindType->currentData().toInt());
    m_bindValue->setEnabled(type != DiagramBinding::Type::None);
    if (!m_session || !m_session->isOpen())
        return;
    if (type == DiagramBinding::Type::Experiment) {
        for (const auto& e : m_session->experiments())
            m_bindValue->addItem(q(e.name));
    } else if (type == DiagramBinding::Type::Step && !m_binder->parentRun().isEmpty()) {
        if (auto parent = m_session->run(m_binder->parentRun())) {
            RunFilter f;
            f.experiment = parent->experiment;
            std::set<QString> names;
            for (const auto& r : m_session->runs(f)) {
                if (r.parentUuid == parent->uuid)
                    names.insert(q(r.name));
            }
            for (const auto& name : names)
                m_bindValue->addItem(name);
        }
    }
    m_bindValue->setEditText(text);
}

void DiagramProperties::fillMetrics()
{
    const QSignalBlocker b(m_metric);
    m_metric->clear();
    m_metric->addItem(QString());
    const DiagramLiveState live = m_binder->state(m_node);
    if (!live.hasRun || !m_session || !m_session->isOpen())
        return;
    // A run gone meanwhile has no keys to offer; the binder will say so.
    for (const auto& [key, slice] : m_session->metricKeys(live.runId)) {
        if (slice.empty())
            m_metric->addItem(q(key));
    }
}

void DiagramProperties::commitTitle()
{
    const DiagramNode* n = m_document->node(m_node);
    const std::string title = m_title->text().toStdString();
    if (n && n->title != title)
        attempt([&] { m_document->setNodeTitle(m_node, title); });
}

void DiagramProperties::commitKind()
{
    const DiagramNode* n = m_document->node(m_node);
    const auto kind = DiagramNodeKind(m_kind->currentData().toInt());
    if (n && n->kind != kind)
        attempt([&] { m_document->setNodeKind(m_node, kind); });
}

void DiagramProperties::commitBinding(bool typeChanged)
{
    const DiagramNode* n = m_document->node(m_node);
    if (!n)
        return;
    DiagramBinding b;
    b.type = DiagramBinding::Type(m_bindType->currentData().toInt());
    QString value = m_bindValue->currentText().trimmed();
    if (b.type == DiagramBinding::Type::Step && value.isEmpty())
        value = q(n->title).trimmed(); // a step is usually named like its box
    if (b.type == DiagramBinding::Type::Run && !value.isEmpty()) {
        // Accept a unique prefix of a run id, as the command line does.
        auto run = m_session && m_session->isOpen() ? m_session->run(value) : std::nullopt;
        if (run) {
            value = q(run->uuid);
        } else if (typeChanged) {
            // The old value (a step or experiment name) is no run: wait for one.
            const QSignalBlocker block(m_bindValue);
            m_bindValue->setEditText(QString());
            return;
        } else {
            emit editFailed(tr("There is no run %1 in the open store.").arg(value));
            return;
        }
    }
    if (b.type != DiagramBinding::Type::None) {
        if (value.isEmpty())
            return; // wait for a value
        b.value = value.toStdString();
    }
    if (b != n->binding)
        attempt([&] { m_document->setNodeBinding(m_node, b); });
}

void DiagramProperties::commitMetric()
{
    const DiagramNode* n = m_document->node(m_node);
    const std::string metric = m_metric->currentText().trimmed().toStdString();
    if (n && n->metric != metric)
        attempt([&] { m_document->setNodeMetric(m_node, metric); });
}

void DiagramProperties::commitEdgeLabel()
{
    const DiagramEdge* e = m_document->edge(m_edge);
    const std::string label = m_edgeLabel->text().toStdString();
    if (e && e->label != label)
        attempt([&] { m_document->setEdgeLabel(m_edge, label); });
}

void DiagramProperties::commitRouting()
{
    const DiagramEdge* e = m_document->edge(m_edge);
    const auto routing = DiagramEdge::Routing(m_routing->currentData().toInt());
    if (e && e->routing != routing)
        attempt([&] { m_document->setEdgeRouting(m_edge, routing); });
}

void DiagramProperties::commitName()
{
    const std::string name = m_name->text().trimmed().toStdString();
    if (!name.empty() && name != m_document->diagram().name)
        attempt([&] { m_document->rename(name); });
}

void DiagramProperties::attempt(const std::function<void()>& edit)
{
    try {
        edit();
    } catch (const std::exception& e) {
        refresh();
        emit editFailed(tr("The change was not made:\n%1").arg(q(e.what())));
    }
}

} // namespace runlens
