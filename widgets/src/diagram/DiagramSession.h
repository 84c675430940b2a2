#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace runlens {

class DiagramDocument;
class StoreSession;
struct Diagram;

// One open diagram, apart from any widget that shows it (as Tiled keeps its Document
// apart from its editors): core's DiagramDocument, the QUndoStack its edits land on,
// where it lives (the store, a .rldiagram file, or nowhere yet), whether it has unsaved
// changes, and loading and saving. Saving to the store goes through the StoreSession,
// which tells the user why a save failed; file errors are returned in lastError() for
// the editor to show.
//
// Whatever refers to the document (a scene, its items) must be gone before this is.
class DiagramSession : public QObject {
    Q_OBJECT
public:
    explicit DiagramSession(StoreSession* store, QObject* parent = nullptr);
    ~DiagramSession() override;

    DiagramDocument& document() { return *m_document; }
    const DiagramDocument& document() const { return *m_document; }
    const Diagram& diagram() const;
    QUndoStack* undoStack() const { return m_undo.get(); }

    // Puts diagram in (not undoable; the history is cleared). modified: it exists
    // nowhere else yet (imported, made from a template).
    void load(const Diagram& diagram, const QString& file, bool inStore, bool modified);

    bool isModified() const;
    bool isInStore() const { return m_inStore; }
    QString file() const { return m_file; }
    QString uuid() const;
    // Name, file name and a star when modified: what a window title shows.
    QString title() const;
    QString lastError() const { return m_lastError; }

    bool saveToStore();
    bool saveToFile(const QString& path);
    // The diagram list renamed or deleted the stored diagram.
    void storedRenamed(const QString& name);
    void storedDeleted();

signals:
    // Another diagram was loaded.
    void loaded();
    // The title or the modified flag may have changed (an edit, an undo, a save).
    void stateChanged();
    void modifiedChanged(bool modified);
    void saved();

private:
    void notify();

    StoreSession* m_store;
    // Declared before the stack: commands (which refer to the document) go first.
    std::unique_ptr<DiagramDocument> m_document;
    std::unique_ptr<QUndoStack> m_undo;
    QString m_file;
    bool m_inStore = false;
    bool m_unsavedNew = false; // imported or made from a template: modified without history
    bool m_lastModified = false;
    QString m_lastError;
};

} // namespace runlens
