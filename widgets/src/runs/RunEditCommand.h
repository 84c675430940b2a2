#pragma once

#include <QList>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace runlens {

// One undoable edit of runs — a rename, a tag, notes, archiving — as "set this value on
// these runs", with the values before and after (an invalid QVariant: no value, e.g. a
// tag that did not exist). One generic command instead of one class per property, as
// Tiled's ChangeValue does. If the store refuses the change, the command makes itself
// obsolete so the undo stack drops it.
class RunEditCommand : public QUndoCommand {
public:
    struct Change {
        QString uuid;
        QVariant before;
        QVariant after;
    };
    // Writes value (invalid: remove) for the run; false if the store refused.
    using Apply = std::function<bool(const QString& uuid, const QVariant& value)>;

    RunEditCommand(const QString& text, QList<Change> changes, Apply apply);

    void redo() override;
    void undo() override;

private:
    QList<Change> m_changes;
    Apply m_apply;
};

} // namespace runlens
