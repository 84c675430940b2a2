#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace runlens {

class RunSelection;
class RunTableModel;
class StoreSession;

// What can be done to runs — rename, tag, notes, colour, archive, delete, copy id — as
// actions for the menus, the context menu and the details panel. Edits go on the undo
// stack; deleting (which removes the points and artifacts for good) asks first.
class RunActions : public QObject {
    Q_OBJECT
public:
    RunActions(StoreSession* session, RunTableModel* model, RunSelection* selection, QWidget* window);

    QUndoStack* undoStack() const { return m_undo; }
    QAction* rename() const { return m_rename; }
    QAction* addTag() const { return m_addTag; }
    QAction* editNotes() const { return m_editNotes; }
    QAction* setColor() const { return m_setColor; }
    QAction* archive() const { return m_archive; }
    QAction* unarchive() const { return m_unarchive; }
    QAction* remove() const { return m_delete; }
    QAction* copyId() const { return m_copyId; }
    void addTo(QMenu* menu) const;

    // The edits themselves, for the details panel and tests.
    void renameRun(const QString& uuid, const QString& name);
    void setTag(const QStringList& uuids, const QString& key, const QString& value);
    void removeTag(const QString& uuid, const QString& key);
    void setNotes(const QString& uuid, const QString& notes);
    void setArchived(const QStringList& uuids, bool archived);
    // Deletes after asking (unless confirm is false); true if deleted.
    bool deleteRuns(const QStringList& uuids, bool confirm = true);

public slots:
    void editTag(const QString& uuid, const QString& key = {});
    void editNotesOf(const QString& uuid);
    void updateEnabled();

signals:
    // The table should start editing this run's name.
    void renameInPlaceRequested(const QString& uuid);

private:
    QAction* make(const QString& text, const QKeySequence& shortcut, void (RunActions::*slot)());
    void renameCurrent();
    void tagSelection();
    void notesOfCurrent();
    void colorOfCurrent();
    void archiveSelection();
    void unarchiveSelection();
    void deleteSelection();
    void copyIds();

    StoreSession* m_session;
    RunTableModel* m_model;
    RunSelection* m_selection;
    QWidget* m_window;
    QUndoStack* m_undo;
    QAction *m_rename, *m_addTag, *m_editNotes, *m_setColor, *m_archive, *m_unarchive, *m_delete, *m_copyId;
};

} // namespace runlens
