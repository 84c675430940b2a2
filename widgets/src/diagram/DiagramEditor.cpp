#include "diagram/DiagramEditor.h"

#include "diagram/DiagramAutoLayout.h"
#include "diagram/DiagramEditing.h"
#include "diagram/DiagramEditorActions.h"
#include "diagram/DiagramExporter.h"
#include "diagram/DiagramList.h"
#include "diagram/DiagramMime.h"
#include "diagram/DiagramPalette.h"
#include "diagram/DiagramProperties.h"
#include "diagram/DiagramRunBinder.h"
#include "diagram/DiagramRunChooser.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramSession.h"
#include "diagram/DiagramView.h"
#include "common/StoreSession.h"
#include "common/StoreWatcher.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/DiagramFile.h"
#include "runlens/diagram/import/DiagramImporter.h"
#include "runlens/diagram/PipelineDescription.h"
#include "runlens/diagram/PipelineDiagram.h"
#include "runlens/diagram/TemplateCatalog.h"
#include "runlens/model/SafeFileName.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace runlens {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

DiagramEditor::DiagramEditor(StoreSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_doc(new DiagramSession(session))
{
    m_scene = new DiagramScene(&m_doc->document(), this);
    m_view = new DiagramView(m_scene, this);
    m_binder = new DiagramRunBinder(session, &m_doc->document(), this);
    m_editing = new DiagramEditing(m_scene, m_view, session, this);
    m_palette = new DiagramPalette(this);
    m_properties = new DiagramProperties(m_scene, m_binder, session, this);
    m_chooser = new DiagramRunChooser(session, this);
    m_toolBar = new QToolBar(tr("Diagram"), this);
    m_actions = new DiagramEditorActions(this);
    m_actions->fillToolBar(m_toolBar);
    buildLayout();

    connect(m_binder, &DiagramRunBinder::stateChanged, this,
            [this](const QString& id, const DiagramLiveState& s) { m_scene->setLiveState(id.toStdString(), s); });
    connect(m_scene, &DiagramScene::documentChanged, this, [this](const DiagramChange& c) {
        using T = DiagramChange::Type;
        if (c.type == T::Reset || c.type == T::NodesAdded || c.type == T::NodesRemoved ||
            (c.type == T::NodesChanged && (c.has(DiagramChange::Binding) || c.has(DiagramChange::Title) ||
                                           c.has(DiagramChange::Kind))))
            m_binder->refreshSoon();
        m_view->updateSceneRect();
    });
    connect(m_scene, &DiagramScene::headerChanged, this, &DiagramEditor::updateTitle);
    connect(m_scene, &DiagramScene::nodeDoubleClicked, this, &DiagramEditor::nodeDoubleClicked);
    connect(m_scene, &DiagramScene::edgeDoubleClicked, this,
            [this](const QString& id) { m_scene->editEdgeLabel(id.toStdString()); });
    connect(m_scene, &DiagramScene::contextMenuRequested, m_actions, &DiagramEditorActions::showContextMenu);
    connect(m_scene, &DiagramScene::editFailed, this, [this](const QString& m) { fail(tr("Diagram"), m); });
    connect(m_editing, &DiagramEditing::failed, this, [this](const QString& m) { fail(tr("Diagram"), m); });
    connect(m_view, &DiagramView::kindDropped, m_editing, &DiagramEditing::addNode);
    connect(m_view, &DiagramView::runsDropped, m_editing, &DiagramEditing::dropRuns);
    connect(m_view, &DiagramView::filesDropped, this, &DiagramEditor::filesDropped);
    connect(m_view, &DiagramView::nudgeRequested, m_editing, &DiagramEditing::nudge);
    connect(m_palette, &DiagramPalette::kindActivated, this,
            [this](DiagramNodeKind kind) { m_editing->addNode(kind, m_view->visibleSceneRect().center()); });
    connect(m_properties, &DiagramProperties::openRunRequested, this, &DiagramEditor::openRunRequested);
    connect(m_properties, &DiagramProperties::editFailed, this, [this](const QString& m) { fail(tr("Diagram"), m); });
    connect(m_chooser, &DiagramRunChooser::runChosen, this, &DiagramEditor::setParentRun);
    connect(m_doc, &DiagramSession::stateChanged, this, &DiagramEditor::updateTitle);
    connect(m_doc, &DiagramSession::modifiedChanged, this, &DiagramEditor::modifiedChanged);
    if (m_session) {
        connect(m_session->watcher(), &StoreWatcher::storeReset, this, [this] {
            m_binder->reset();
            m_chooser->reload();
        });
    }
    m_doc->setParent(this); // last child: see the destructor
    // A first diagram named in the editor's words (translated), not the session's.
    newDiagram();
    updateTitle();
}

// Qt deletes children in the order they were made: the document session is made
// the last child (in the constructor), so the scene and everything showing the document
// go before it.
DiagramEditor::~DiagramEditor() = default;

void DiagramEditor::buildLayout()
{
    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_palette);
    splitter->addWidget(m_view);
    splitter->addWidget(m_properties);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_palette->width(), 900, 260});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A toolbar in a layout asks for the width of all its buttons (about 1 500 px),
    // which a dock passes on to the window: on a laptop screen the window grew past the
    // screen's edge. It may shrink instead; what does not fit goes behind its » menu.
    m_toolBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_view);
}

void DiagramEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // In a laptop's dock the palette's names and the properties left the canvas 345
    // pixels: below this width the palette shows icons only.
    constexpr int kRoomyWidth = 1000;
    const bool compact = width() < kRoomyWidth;
    if (compact == m_palette->isCompact())
        return;
    m_palette->setCompact(compact);
    // The splitter keeps a pane's old width: what the palette gives up goes to the canvas.
    QList<int> sizes = m_splitter->sizes();
    sizes[1] += sizes[0] - m_palette->width();
    sizes[0] = m_palette->width();
    m_splitter->setSizes(sizes);
}

DiagramDocument& DiagramEditor::document()
{
    return m_doc->document();
}

const Diagram& DiagramEditor::diagram() const
{
    return m_doc->diagram();
}

QUndoStack* DiagramEditor::undoStack() const
{
    return m_doc->undoStack();
}

QString DiagramEditor::currentFile() const
{
    return m_doc->file();
}

QAction* DiagramEditor::action(const QString& name) const
{
    return m_actions->get(name);
}

bool DiagramEditor::isModified() const
{
    return m_doc->isModified();
}

QString DiagramEditor::diagramUuid() const
{
    return m_doc->uuid();
}

QString DiagramEditor::title() const
{
    return m_doc->title();
}

void DiagramEditor::updateTitle()
{
    emit titleChanged(title());
    m_actions->updateEnabled();
}

void DiagramEditor::fail(const QString& title, const QString& message)
{
    m_lastError = message;
    emit errorOccurred(message);
    if (!m_quiet)
        QMessageBox::warning(this, title, message);
}

void DiagramEditor::load(const Diagram& diagram, const QString& file, bool inStore, bool modified)
{
    m_scene->finishTextEdit(false);
    m_doc->load(diagram, file, inStore, modified);
    if (!diagram.sourceRun.empty())
        setParentRun(q(diagram.sourceRun));
    m_binder->refreshSoon();
    m_view->showReadably();
    // The view may not have its final size yet (first show): again once it has.
    QTimer::singleShot(0, m_view, [v = m_view] { v->showReadably(); });
}

void DiagramEditor::newDiagram()
{
    load(Diagram::make(tr("Untitled diagram").toStdString()), {}, false, false);
}

bool DiagramEditor::newFromTemplate(const QString& templateId)
{
    try {
        // Laid out again for the boxes' real sizes: core placed them without fonts.
        load(DiagramAutoLayout::arranged(TemplateCatalog::create(templateId.toStdString())), {}, false, true);
        return true;
    } catch (const std::exception& e) {
        fail(tr("New from Template"), tr("The template could not be made:\n%1").arg(q(e.what())));
        return false;
    }
}

bool DiagramEditor::newFromPipelineRun(const QString& runUuid)
{
    const QString title = tr("New from Pipeline Run");
    if (!m_session || !m_session->isOpen()) {
        fail(title, tr("Open a store first."));
        return false;
    }
    auto run = m_session->run(runUuid);
    if (!run) {
        fail(title, tr("There is no run %1 in the open store.").arg(runUuid));
        return false;
    }
    try {
        bool described = false;
        const auto steps = m_session->pipelineSteps(*run, &described);
        if (steps.empty()) {
            fail(title, tr("The run \"%1\" has no child runs and no pipeline description.").arg(q(run->name)));
            return false;
        }
        Diagram d = DiagramAutoLayout::arranged(PipelineDiagram::create(run->name + " pipeline", steps, run->uuid));
        if (auto existing = m_session->diagramOfRun(q(run->uuid))) {
            if (auto current = m_session->loadDiagram(q(existing->uuid)))
                d = PipelineDiagram::update(*current, steps);
        }
        // A read-only store (or one that refused the write) keeps it on screen only.
        const bool stored = !m_session->isReadOnly() && m_session->saveDiagram(d);
        load(d, {}, stored, !stored);
        setParentRun(q(run->uuid));
        if (!described)
            emit statusMessage(tr("\"%1\" has no pipeline description: its steps are its child runs in the order "
                                  "they started.")
                                   .arg(q(run->name)));
        if (stored)
            emit diagramSaved(diagramUuid());
        return true;
    } catch (const std::exception& e) {
        fail(title, tr("The pipeline diagram could not be made:\n%1").arg(q(e.what())));
        return false;
    }
}

bool DiagramEditor::updateFromPipelineRun()
{
    const std::string source = m_doc->diagram().sourceRun;
    if (source.empty() || !m_session || !m_session->isOpen())
        return false;
    auto run = m_session->run(q(source));
    if (!run) {
        fail(tr("Update from Pipeline Run"), tr("The pipeline run %1 is not in the open store.").arg(q(source)));
        return false;
    }
    try {
        bool described = false;
        const auto steps = m_session->pipelineSteps(*run, &described);
        const Diagram after = PipelineDiagram::update(m_doc->diagram(), steps);
        if (!(after == m_doc->diagram()))
            m_doc->document().replace(after);
        return true;
    } catch (const std::exception& e) {
        fail(tr("Update from Pipeline Run"), tr("The diagram was not updated:\n%1").arg(q(e.what())));
        return false;
    }
}

bool DiagramEditor::openFromStore(const QString& uuid)
{
    if (!m_session || !m_session->isOpen()) {
        fail(tr("Open Diagram"), tr("Open a store first."));
        return false;
    }
    auto d = m_session->loadDiagram(uuid);
    if (!d) {
        fail(tr("Open Diagram"), tr("The diagram could not be opened:\n%1").arg(m_session->lastError()));
        return false;
    }
    load(*d, {}, true, false);
    return true;
}

bool DiagramEditor::openFile(const QString& path)
{
    try {
        load(DiagramFile::load(path.toStdString()), path, false, false);
        return true;
    } catch (const std::exception& e) {
        fail(tr("Open Diagram"), tr("%1 could not be opened:\n%2").arg(QFileInfo(path).fileName(), q(e.what())));
        return false;
    }
}

bool DiagramEditor::importFile(const QString& path)
{
    try {
        const DiagramImportResult r = DiagramImporter::importFile(path.toStdString());
        load(r.diagram, {}, false, true);
        QStringList notes;
        for (const auto& w : r.warnings)
            notes << q(w);
        emit statusMessage(tr("Imported %1 (%2): %n node(s)", nullptr, int(r.diagram.nodes.size()))
                               .arg(QFileInfo(path).fileName(), q(r.format)));
        if (!notes.isEmpty() && !m_quiet)
            QMessageBox::information(this, tr("Import"),
                                     tr("Imported with these notes:\n%1").arg(notes.mid(0, 12).join('\n')));
        return true;
    } catch (const std::exception& e) {
        fail(tr("Import"), tr("%1 could not be imported:\n%2").arg(QFileInfo(path).fileName(), q(e.what())));
        return false;
    }
}

bool DiagramEditor::importText(const QString& text, const QString& nameHint)
{
    try {
        load(DiagramImporter::importText(text.toStdString(), nameHint.toStdString()).diagram, {}, false, true);
        return true;
    } catch (const std::exception& e) {
        fail(tr("Import"), tr("The text could not be imported:\n%1").arg(q(e.what())));
        return false;
    }
}

bool DiagramEditor::save()
{
    m_scene->finishTextEdit(true);
    if (!m_doc->file().isEmpty())
        return saveToFile(m_doc->file());
    if (m_session && m_session->isOpen() && !m_session->isReadOnly())
        return saveToStore();
    saveAsDialog();
    return !isModified();
}

bool DiagramEditor::saveToStore()
{
    // The store session has told the user why a store refused the save.
    if (!m_doc->saveToStore()) {
        m_lastError = m_doc->lastError();
        emit errorOccurred(m_lastError);
        return false;
    }
    emit diagramSaved(diagramUuid());
    emit statusMessage(tr("Saved \"%1\" in the store").arg(q(diagram().name)));
    return true;
}

bool DiagramEditor::saveToFile(const QString& path)
{
    if (!m_doc->saveToFile(path)) {
        fail(tr("Save Diagram"), tr("The diagram was not saved:\n%1").arg(m_doc->lastError()));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DiagramEditor::maybeSave()
{
    if (!isModified() || m_quiet)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Diagram"), tr("The diagram \"%1\" has changes. Save them?").arg(q(diagram().name)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

QString DiagramEditor::parentRun() const
{
    return m_binder->parentRun();
}

void DiagramEditor::setParentRun(const QString& uuid)
{
    m_chooser->setCurrentRun(uuid);
    m_binder->setParentRun(uuid);
    m_actions->updateEnabled();
}

bool DiagramEditor::exportTo(const QString& path)
{
    m_scene->finishTextEdit(true);
    QString error;
    if (!DiagramExporter::write(*m_scene, path, DiagramExporter::formatFor(path), &error)) {
        fail(tr("Export"), error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString DiagramEditor::suggestedPath(const QString& suffix) const
{
    const std::string stem = SafeFileName::from(diagram().name, tr("diagram").toStdString());
    // Where the last diagram went, else Documents, else home: never the folder the app
    // happened to be started in (a dialog shown a missing folder opens that one).
    QStringList folders{QSettings().value(QStringLiteral("diagrams/folder")).toString(),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()};
    folders.removeAll(QString());
    const auto existing = std::find_if(folders.begin(), folders.end(), [](const QString& f) { return QDir(f).exists(); });
    return QDir(existing == folders.end() ? QDir::homePath() : *existing).filePath(q(stem) + QLatin1Char('.') + suffix);
}

void DiagramEditor::rememberFolder(const QString& path) const
{
    QSettings().setValue(QStringLiteral("diagrams/folder"), QFileInfo(path).absolutePath());
}

void DiagramEditor::render(QPainter& painter, const QRectF& target)
{
    m_scene->renderDiagram(painter, target);
}

void DiagramEditor::attachList(DiagramList* list)
{
    connect(list, &DiagramList::openRequested, this, [this](const QString& uuid) {
        if (uuid != diagramUuid() && maybeSave())
            openFromStore(uuid);
    });
    connect(this, &DiagramEditor::diagramSaved, list, [list](const QString& uuid) {
        list->reload();
        list->setCurrentDiagram(uuid);
    });
    connect(list, &DiagramList::renamed, this, [this](const QString& uuid, const QString& name) {
        if (uuid == diagramUuid())
            m_doc->storedRenamed(name);
    });
    connect(list, &DiagramList::deleted, this, [this](const QString& uuid) {
        if (uuid == diagramUuid())
            m_doc->storedDeleted();
    });
}

void DiagramEditor::nodeDoubleClicked(const QString& nodeId)
{
    const DiagramLiveState state = m_binder->state(nodeId.toStdString());
    if (state.hasRun)
        emit openRunRequested(state.runId);
    else
        m_scene->editNodeText(nodeId.toStdString());
}

void DiagramEditor::filesDropped(const QStringList& paths)
{
    const QString path = paths.front();
    if (!maybeSave())
        return;
    if (QFileInfo(path).suffix().compare(DiagramMime::fileSuffix(), Qt::CaseInsensitive) == 0)
        openFile(path);
    else
        importFile(path);
}

void DiagramEditor::openFileDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Diagram"), QString(),
                                                      tr("Runlens diagrams (*.rldiagram *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void DiagramEditor::importDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Diagram"), QString(),
        tr("Diagrams (*.rldiagram *.json *.drawio *.xml *.mmd *.mermaid *.txt);;draw.io (*.drawio *.xml);;"
           "Mermaid (*.mmd *.mermaid *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void DiagramEditor::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Diagram As"), suggestedPath(DiagramMime::fileSuffix()),
                                                tr("Runlens diagrams (*.rldiagram)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + DiagramMime::fileSuffix();
    if (saveToFile(path))
        rememberFolder(path);
}

void DiagramEditor::exportDialog()
{
    QString filter;
    const QString png = tr("PNG image (*.png)"), svg = tr("SVG drawing (*.svg)"), pdf = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), suggestedPath(QStringLiteral("png")),
                                                QStringList{png, svg, pdf}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (exportTo(path))
        rememberFolder(path);
}

} // namespace runlens
