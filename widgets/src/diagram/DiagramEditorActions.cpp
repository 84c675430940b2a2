#include "diagram/DiagramEditorActions.h"

#include "diagram/DiagramEditing.h"
#include "diagram/DiagramEditor.h"
#include "diagram/DiagramKindStyle.h"
#include "diagram/DiagramRunBinder.h"
#include "diagram/DiagramRunChooser.h"
#include "diagram/DiagramScene.h"
#include "diagram/DiagramView.h"

#include "runlens/diagram/DiagramDocument.h"
#include "runlens/diagram/TemplateCatalog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace runlens {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

DiagramEditorActions::DiagramEditorActions(DiagramEditor* editor) : QObject(editor), m_editor(editor)
{
    buildFileActions();
    buildEditActions();
    buildArrangeActions();
    buildViewActions();
    auto* scene = m_editor->scene();
    connect(scene, &QGraphicsScene::selectionChanged, this, &DiagramEditorActions::updateEnabled);
    connect(scene, &DiagramScene::documentChanged, this, &DiagramEditorActions::updateEnabled);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &DiagramEditorActions::updateEnabled);
    connect(m_editor->binder(), &DiagramRunBinder::stateChanged, this, &DiagramEditorActions::updateEnabled);
    connect(m_editor->view(), &DiagramView::zoomChanged, this, &DiagramEditorActions::updateZoomText);
    updateEnabled();
}

QAction* DiagramEditorActions::get(const QString& name) const
{
    auto it = m_actions.find(name);
    return it == m_actions.end() ? nullptr : it->second;
}

QAction* DiagramEditorActions::make(const QString& name, const QString& text, const QKeySequence& shortcut,
                                    const QString& tip, std::function<void()> slot)
{
    auto* a = new QAction(text, m_editor);
    a->setObjectName(name);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        // Only while the editor has focus: the window may use the same keys elsewhere.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_editor->addAction(a);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : tip,
                                                     shortcut.toString(QKeySequence::NativeText)));
    } else if (!tip.isEmpty()) {
        a->setToolTip(tip);
    }
    if (slot)
        connect(a, &QAction::triggered, m_editor, std::move(slot));
    m_actions[name] = a;
    return a;
}

void DiagramEditorActions::buildFileActions()
{
    // Open, import and export keep their keys free: the main window binds Ctrl+O, Ctrl+I
    // and Ctrl+E window-wide, and two active bindings of one key make it do nothing.
    auto* e = m_editor;
    make("new", tr("&New Diagram"), {}, tr("A new empty diagram"), [e] {
        if (e->maybeSave())
            e->newDiagram();
    });
    make("newFromPipeline", tr("New from &Pipeline Run"), {},
         tr("The diagram of the pipeline run chosen in the toolbar: its steps and their order"), [e] {
             // None chosen yet: the chooser opens, and the pick makes the diagram.
             auto make = [e](const QString& run) {
                 if (e->maybeSave())
                     e->newFromPipelineRun(run);
             };
             if (e->parentRun().isEmpty())
                 e->runChooser()->chooseThen(make);
             else
                 make(e->parentRun());
         });
    make("updateFromPipeline", tr("&Update from Pipeline Run"), {},
         tr("Bring this generated diagram in line with its run's pipeline description"),
         [e] { e->updateFromPipelineRun(); });
    make("openFile", tr("&Open File…"), {}, tr("Open a .rldiagram file"), [e] { e->openFileDialog(); });
    make("import", tr("&Import…"), {},
         tr("Import a Runlens, draw.io or Mermaid diagram"), [e] { e->importDialog(); });
    make("save", tr("&Save"), QKeySequence::Save, tr("Save the diagram in the store"), [e] { e->save(); });
    make("saveAs", tr("Save &As File…"), QKeySequence::SaveAs, tr("Save the diagram as a .rldiagram file"),
         [e] { e->saveAsDialog(); });
    make("export", tr("&Export…"), {}, tr("Export as PNG, SVG or PDF"),
         [e] { e->exportDialog(); });
}

void DiagramEditorActions::buildEditActions()
{
    auto* e = m_editor;
    auto* ed = m_editor->editing();
    // Fixed texts (the toolbar must not jump); what would be undone is in the tooltip.
    QUndoStack* stack = m_editor->undoStack();
    QAction* undo = make("undo", tr("&Undo"), QKeySequence::Undo, {}, [stack] { stack->undo(); });
    QAction* redo = make("redo", tr("&Redo"), QKeySequence::Redo, {}, [stack] { stack->redo(); });
    // Every platform's redo keys, and both common ones everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    redo->setShortcuts(redoKeys);
    auto sync = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Nothing to undo"));
        redo->setToolTip(stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Nothing to redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, sync);
    connect(stack, &QUndoStack::cleanChanged, this, sync);
    sync();

    make("cut", tr("Cu&t"), QKeySequence::Cut, {}, [ed] { ed->cut(); });
    make("copy", tr("&Copy"), QKeySequence::Copy, {}, [ed] { ed->copy(); });
    make("paste", tr("&Paste"), QKeySequence::Paste, tr("Paste nodes (also Mermaid or draw.io text)"),
         [ed] { ed->paste(); });
    make("duplicate", tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), {}, [ed] { ed->duplicate(); });
    auto* del = make("delete", tr("&Delete"), QKeySequence(Qt::Key_Delete), {}, [ed] { ed->deleteSelection(); });
    // Not QKeySequence::Delete: on X11 it includes Ctrl+D, which is Duplicate here.
    del->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    make("selectAll", tr("Select &All"), QKeySequence::SelectAll, {}, [e] { e->scene()->selectEverything(); });
    make("editText", tr("&Edit Text"), QKeySequence(Qt::Key_F2), tr("Edit the title or label in place"), [e] {
        const auto nodes = e->scene()->selectedNodeIds();
        const auto edges = e->scene()->selectedEdgeIds();
        if (nodes.size() == 1)
            e->scene()->editNodeText(nodes.front());
        else if (edges.size() == 1)
            e->scene()->editEdgeLabel(edges.front());
    });
    make("openRun", tr("Open &Run"), QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Open the run the node shows"), [e] {
        const auto nodes = e->scene()->selectedNodeIds();
        if (nodes.size() == 1) {
            const QString run = e->binder()->state(nodes.front()).runId;
            if (!run.isEmpty())
                emit e->openRunRequested(run);
        }
    });
}

void DiagramEditorActions::buildArrangeActions()
{
    auto* ed = m_editor->editing();
    auto* scene = m_editor->scene();
    const std::pair<const char*, std::pair<QString, DiagramAlignment>> aligns[] = {
        {"alignLeft", {tr("Align &Left"), DiagramAlignment::Left}},
        {"alignHCentre", {tr("Align Centres &Horizontally"), DiagramAlignment::HorizontalCentre}},
        {"alignRight", {tr("Align &Right"), DiagramAlignment::Right}},
        {"alignTop", {tr("Align &Top"), DiagramAlignment::Top}},
        {"alignVCentre", {tr("Align Centres &Vertically"), DiagramAlignment::VerticalCentre}},
        {"alignBottom", {tr("Align &Bottom"), DiagramAlignment::Bottom}},
    };
    for (const auto& [name, what] : aligns) {
        const DiagramAlignment a = what.second;
        make(name, what.first, {}, {}, [ed, a] { ed->align(a); });
    }
    make("distributeH", tr("Distribute &Horizontally"), {}, tr("Equal gaps between three or more nodes"),
         [ed] { ed->distribute(DiagramDistribution::Horizontal); });
    make("distributeV", tr("Distribute &Vertically"), {}, tr("Equal gaps between three or more nodes"),
         [ed] { ed->distribute(DiagramDistribution::Vertical); });
    make("autoLayout", tr("Automatic &Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         tr("Arrange the nodes in layers from left to right with few crossings"), [ed] { ed->autoLayout(); });
    auto* snap = make("snap", tr("&Snap to Grid"), QKeySequence(Qt::CTRL | Qt::Key_G),
                      tr("Moves and resizes stick to the grid"), {});
    snap->setCheckable(true);
    snap->setChecked(scene->snapToGrid());
    connect(snap, &QAction::toggled, scene, &DiagramScene::setSnapToGrid);
    auto* curved = make("curved", tr("&Curved Edges"), {}, tr("New edges (and the selected ones) are curved"), {});
    curved->setCheckable(true);
    connect(curved, &QAction::triggered, this, [ed](bool on) {
        ed->setRouting(on ? DiagramEdge::Routing::Curved : DiagramEdge::Routing::Orthogonal);
    });
    make("ungroup", tr("Take Out of &Group"), {}, {}, [ed] { ed->setGroup({}); });
}

void DiagramEditorActions::buildViewActions()
{
    auto* view = m_editor->view();
    make("zoomIn", tr("Zoom &In"), QKeySequence::ZoomIn, {}, [view] { view->zoomBy(1.25); });
    make("zoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut, {}, [view] { view->zoomBy(0.8); });
    make("fit", tr("&Fit to View"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Show the whole diagram"),
         [view] { view->fitDiagram(); });
    make("actualSize", tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1), {}, [view] { view->setZoom(1.0); });
}

QMenu* DiagramEditorActions::templatesMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("New from &Template"), parent);
    menu->setObjectName("templatesMenu");
    menu->setToolTipsVisible(true);
    for (const auto& t : TemplateCatalog::list()) {
        QAction* a = menu->addAction(q(t.name));
        a->setToolTip(q(t.description));
        a->setObjectName(QStringLiteral("template:") + q(t.id));
        const QString id = q(t.id);
        connect(a, &QAction::triggered, m_editor, [e = m_editor, id] {
            if (e->maybeSave())
                e->newFromTemplate(id);
        });
    }
    return menu;
}

QMenu* DiagramEditorActions::fileMenu()
{
    auto* menu = new QMenu(tr("&Diagram"), m_editor);
    menu->setToolTipsVisible(true);
    menu->addAction(get("new"));
    menu->addMenu(templatesMenu(menu));
    menu->addAction(get("newFromPipeline"));
    menu->addSeparator();
    menu->addAction(get("openFile"));
    menu->addAction(get("import"));
    menu->addSeparator();
    menu->addAction(get("save"));
    menu->addAction(get("saveAs"));
    menu->addAction(get("export"));
    menu->addSeparator();
    menu->addAction(get("updateFromPipeline"));
    return menu;
}

QMenu* DiagramEditorActions::editMenu()
{
    auto* menu = new QMenu(tr("&Edit"), m_editor);
    for (const char* name : {"undo", "redo", "", "cut", "copy", "paste", "duplicate", "delete", "", "selectAll",
                             "editText", "openRun"}) {
        if (*name)
            menu->addAction(get(name));
        else
            menu->addSeparator();
    }
    return menu;
}

QMenu* DiagramEditorActions::arrangeMenu()
{
    auto* menu = new QMenu(tr("&Arrange"), m_editor);
    for (const char* name : {"alignLeft", "alignHCentre", "alignRight", "", "alignTop", "alignVCentre",
                             "alignBottom", "", "distributeH", "distributeV", "", "autoLayout", "snap", "curved"}) {
        if (*name)
            menu->addAction(get(name));
        else
            menu->addSeparator();
    }
    return menu;
}

QMenu* DiagramEditorActions::kindMenu(QWidget* parent, const QPointF* at)
{
    auto* menu = new QMenu(at ? tr("Add &Node") : tr("&Kind"), parent);
    for (DiagramNodeKind kind : DiagramKindStyle::kinds()) {
        QAction* a = menu->addAction(DiagramKindStyle::icon(kind), DiagramKindStyle::name(kind));
        if (at) {
            const QPointF pos = *at;
            connect(a, &QAction::triggered, m_editor, [this, kind, pos] { m_editor->editing()->addNode(kind, pos); });
        } else {
            connect(a, &QAction::triggered, m_editor, [this, kind] { m_editor->editing()->setKind(kind); });
        }
    }
    return menu;
}

QMenu* DiagramEditorActions::groupMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Put in &Group"), parent);
    const auto selected = m_editor->scene()->selectedNodeIds();
    for (const auto& n : m_editor->document().diagram().nodes) {
        if (n.kind != DiagramNodeKind::Group || std::find(selected.begin(), selected.end(), n.id) != selected.end())
            continue;
        const std::string id = n.id;
        QAction* a = menu->addAction(n.title.empty() ? tr("(untitled group)") : q(n.title));
        connect(a, &QAction::triggered, m_editor, [this, id] { m_editor->editing()->setGroup(id); });
    }
    menu->setEnabled(!menu->isEmpty());
    return menu;
}

void DiagramEditorActions::fillToolBar(QToolBar* bar)
{
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto addMenuButton = [bar](QMenu* menu, const QString& tip) {
        auto* button = new QToolButton(bar);
        button->setText(menu->title());
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolTip(tip);
        bar->addWidget(button);
    };
    addMenuButton(fileMenu(), tr("New, open, import, save and export diagrams"));
    addMenuButton(editMenu(), tr("Clipboard, selection and text"));
    addMenuButton(arrangeMenu(), tr("Align, distribute, automatic layout and the grid"));
    // Undo and redo are in Edit (and Ctrl+Z), automatic layout and the grid in Arrange,
    // and the pipeline run comes before the zoom (the wheel zooms too): in a laptop's
    // dock the bar ended before the pipeline run, which step boxes need to show runs.
    bar->addSeparator();
    auto* label = new QLabel(tr(" Pipeline run: "), bar);
    label->setToolTip(m_editor->runChooser()->toolTip());
    bar->addWidget(label);
    bar->addWidget(m_editor->runChooser());
    bar->addSeparator();
    bar->addAction(get("zoomOut"));
    m_zoomLabel = bar->addAction(QStringLiteral("100 %"));
    m_zoomLabel->setObjectName("zoomLabel");
    m_zoomLabel->setToolTip(tr("Zoom; click for 100 %"));
    connect(m_zoomLabel, &QAction::triggered, m_editor->view(), [v = m_editor->view()] { v->setZoom(1.0); });
    bar->addAction(get("zoomIn"));
    bar->addAction(get("fit"));
    bar->addSeparator();
    bar->addAction(get("export"));
    updateZoomText();
}

void DiagramEditorActions::showContextMenu(const QPoint& screenPos, const QPointF& scenePos)
{
    auto* scene = m_editor->scene();
    const auto nodes = scene->selectedNodeIds();
    const auto edges = scene->selectedEdgeIds();
    QMenu menu(m_editor);
    if (!nodes.empty() || !edges.empty()) {
        menu.addAction(get("editText"));
        if (nodes.size() == 1)
            menu.addAction(get("openRun"));
        if (!nodes.empty())
            menu.addMenu(kindMenu(&menu, nullptr));
        if (!edges.empty()) {
            menu.addAction(get("curved"));
        }
        menu.addSeparator();
        menu.addAction(get("cut"));
        menu.addAction(get("copy"));
        menu.addAction(get("paste"));
        menu.addAction(get("duplicate"));
        menu.addAction(get("delete"));
        if (!nodes.empty()) {
            menu.addSeparator();
            menu.addMenu(groupMenu(&menu));
            menu.addAction(get("ungroup"));
        }
        if (nodes.size() >= 2) {
            QMenu* align = menu.addMenu(tr("&Align"));
            for (const char* name : {"alignLeft", "alignHCentre", "alignRight", "alignTop", "alignVCentre",
                                     "alignBottom", "distributeH", "distributeV"})
                align->addAction(get(name));
        }
    } else {
        menu.addMenu(kindMenu(&menu, &scenePos));
        menu.addAction(get("paste"));
        menu.addSeparator();
        menu.addAction(get("selectAll"));
        menu.addAction(get("autoLayout"));
        menu.addAction(get("fit"));
    }
    menu.exec(screenPos);
}

void DiagramEditorActions::updateEnabled()
{
    auto* scene = m_editor->scene();
    if (!scene)
        return; // the editor is going away
    const auto nodes = scene->selectedNodeIds();
    const auto edges = scene->selectedEdgeIds();
    const bool any = !nodes.empty() || !edges.empty();
    get("cut")->setEnabled(!nodes.empty());
    get("copy")->setEnabled(!nodes.empty());
    get("duplicate")->setEnabled(!nodes.empty());
    get("delete")->setEnabled(any);
    get("paste")->setEnabled(m_editor->editing()->canPaste());
    get("editText")->setEnabled(nodes.size() + edges.size() == 1);
    get("openRun")->setEnabled(nodes.size() == 1 && m_editor->binder()->state(nodes.front()).hasRun);
    for (const char* name : {"alignLeft", "alignHCentre", "alignRight", "alignTop", "alignVCentre", "alignBottom"})
        get(name)->setEnabled(nodes.size() >= 2);
    get("distributeH")->setEnabled(nodes.size() >= 3);
    get("distributeV")->setEnabled(nodes.size() >= 3);
    get("ungroup")->setEnabled(!nodes.empty());
    get("autoLayout")->setEnabled(!m_editor->document().diagram().nodes.empty());
    // Greyed out until a run was chosen, a new user never found it: it asks instead.
    get("newFromPipeline")->setEnabled(m_editor->m_session != nullptr);
    get("updateFromPipeline")->setEnabled(!m_editor->document().diagram().sourceRun.empty());
    if (!edges.empty()) {
        const auto* e = m_editor->document().edge(edges.front());
        get("curved")->setChecked(e && e->routing == DiagramEdge::Routing::Curved);
    }
}

void DiagramEditorActions::updateZoomText()
{
    if (m_zoomLabel)
        m_zoomLabel->setText(QStringLiteral("%1 %").arg(qRound(m_editor->view()->zoom() * 100)));
}

} // namespace runlens
