#pragma once

#include "runlens/diagram/DiagramEdit.h"
#include "runlens/diagram/UndoCommand.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <memory>

namespace runlens {

class DiagramDocument;

// Puts core's diagram commands on a QUndoStack: redo/undo/id/mergeWith forward to the
// core command, which does all the work, so a drag merged by core is one Qt undo step
// and a drag back to the start disappears (setObsolete). The text is translated here.
class DiagramUndoCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DiagramUndoCommand)

public:
    explicit DiagramUndoCommand(std::unique_ptr<UndoCommand> command);

    void redo() override;
    void undo() override;
    int id() const override { return m_command->id(); }
    bool mergeWith(const QUndoCommand* other) override;

    // Routes every edit of document into stack from now on (DiagramDocument::setCommandSink).
    static void connect(DiagramDocument& document, class QUndoStack* stack);
    // The menu text of an edit touching items nodes/edges.
    static QString describe(DiagramEdit edit, int items);

private:
    void updateText();

    std::unique_ptr<UndoCommand> m_command;
};

} // namespace runlens
