#pragma once

#include <QWidget>

#include <memory>

class QRectF;
class QPainter;
class QSplitter;
class QToolBar;
class QUndoStack;

namespace runlens {

class DiagramDocument;
class DiagramEditing;
class DiagramEditorActions;
class DiagramList;
class DiagramPalette;
class DiagramProperties;
class DiagramRunBinder;
class DiagramRunChooser;
class DiagramScene;
class DiagramSession;
class DiagramView;
class StoreSession;
struct Diagram;

// The pipeline diagram editor, to embed as a tab or dock: a toolbar, the node palette,
// the canvas and the properties panel over one DiagramSession (core's document, its
// undo stack, where it is kept, saving). The document does every edit; the canvas only
// mirrors its change events. Diagrams live in the store (DiagramStore) or in
// .rldiagram files; draw.io and Mermaid files are imported through core.
//
// Nodes bound to runs show them live (DiagramRunBinder). Double-clicking such a node
// emits openRunRequested. Errors are shown in message boxes with core's text (and
// nothing is changed); setQuiet(true) only reports them (lastError, errorOccurred).
//
// Shortcuts use Qt::WidgetWithChildrenShortcut, so they act only while the editor has
// focus; the window should not bind the same keys window-wide (undo: use undoStack()).
class DiagramEditor : public QWidget {
    Q_OBJECT
public:
    explicit DiagramEditor(StoreSession* session, QWidget* parent = nullptr);
    ~DiagramEditor() override;

    DiagramDocument& document();
    const Diagram& diagram() const;
    QUndoStack* undoStack() const;
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    DiagramRunBinder* binder() const { return m_binder; }
    DiagramEditing* editing() const { return m_editing; }
    DiagramProperties* properties() const { return m_properties; }
    DiagramPalette* palette() const { return m_palette; }
    DiagramRunChooser* runChooser() const { return m_chooser; }
    // The editor's actions by object name ("undo", "copy", "alignLeft", "exportPng"…).
    QAction* action(const QString& name) const;

    bool isModified() const;
    // Uuid of the diagram when it is (or will be saved) in the store.
    QString diagramUuid() const;
    QString currentFile() const;
    QString title() const;

    // --- documents: each returns false (and tells why) when nothing was changed ---
    void newDiagram();
    bool newFromTemplate(const QString& templateId);
    // The pipeline diagram of a parent run: from its runlens.pipeline tag when it has
    // one (created or updated in the store), else from its child runs in start order.
    bool newFromPipelineRun(const QString& runUuid);
    bool openFromStore(const QString& uuid);
    bool openFile(const QString& path);
    // Runlens JSON, draw.io (plain or compressed) or Mermaid, recognised by content.
    bool importFile(const QString& path);
    bool importText(const QString& text, const QString& nameHint);
    // Saves to the store when one is open (and the diagram did not come from a file),
    // else asks for a file.
    bool save();
    bool saveToStore();
    bool saveToFile(const QString& path);
    // Brings a generated diagram in line with its pipeline run's description (undoable).
    bool updateFromPipelineRun();
    // Asks to save unsaved changes; false when the user cancelled.
    bool maybeSave();

    // The parent run whose child runs the step nodes show ("" = none).
    QString parentRun() const;
    void setParentRun(const QString& uuid);

    // Writes PNG, SVG or PDF by the file's suffix.
    bool exportTo(const QString& path);
    // What Save As and Export suggest: the diagram's name made safe as a file name on
    // every system (SafeFileName), with suffix, in the folder last saved to.
    QString suggestedPath(const QString& suffix) const;
    // Draws the diagram as on screen (live states included, no selection marks) into
    // target, aspect ratio kept: for the PDF report and printing.
    void render(QPainter& painter, const QRectF& target);

    // Keeps the store's diagram list and this editor in step (open, save, rename, delete).
    void attachList(DiagramList* list);

    void setQuiet(bool quiet) { m_quiet = quiet; }
    QString lastError() const { return m_lastError; }

public slots:
    void openFileDialog();
    void importDialog();
    void saveAsDialog();
    void exportDialog();

signals:
    void openRunRequested(const QString& runId);
    void diagramSaved(const QString& uuid);
    void titleChanged(const QString& title);
    void modifiedChanged(bool modified);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class DiagramEditorActions;

    void buildLayout();
    // Puts diagram into the editor (not undoable, history cleared).
    void load(const Diagram& diagram, const QString& file, bool inStore, bool modified);
    void nodeDoubleClicked(const QString& nodeId);
    void filesDropped(const QStringList& paths);
    void updateTitle();
    void rememberFolder(const QString& path) const;
    void fail(const QString& title, const QString& message);

    StoreSession* m_session;
    DiagramSession* m_doc;
    DiagramScene* m_scene;
    DiagramView* m_view;
    DiagramRunBinder* m_binder;
    DiagramEditing* m_editing;
    DiagramPalette* m_palette;
    DiagramProperties* m_properties;
    DiagramRunChooser* m_chooser;
    QToolBar* m_toolBar;
    QSplitter* m_splitter = nullptr;
    DiagramEditorActions* m_actions;
    bool m_quiet = false;
    QString m_lastError;
};

} // namespace runlens
