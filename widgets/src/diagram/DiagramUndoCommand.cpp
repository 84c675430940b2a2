#include "diagram/DiagramUndoCommand.h"

#include "runlens/diagram/DiagramCommand.h"
#include "runlens/diagram/DiagramDocument.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace runlens {

DiagramUndoCommand::DiagramUndoCommand(std::unique_ptr<UndoCommand> command) : m_command(std::move(command))
{
    updateText();
}

void DiagramUndoCommand::redo()
{
    m_command->redo();
}

void DiagramUndoCommand::undo()
{
    m_command->undo();
}

bool DiagramUndoCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const DiagramUndoCommand*>(other);
    if (!next || !m_command->mergeWith(*next->m_command))
        return false;
    // A drag that came back to where it began changes nothing: QUndoStack drops it.
    setObsolete(m_command->isObsolete());
    updateText();
    return true;
}

void DiagramUndoCommand::connect(DiagramDocument& document, QUndoStack* stack)
{
    document.setCommandSink([stack](std::unique_ptr<UndoCommand> command) {
        // QUndoStack::push redoes first; if that throws the stack has not taken the
        // command, so the unique_ptr still owns it and frees it.
        auto wrapped = std::make_unique<DiagramUndoCommand>(std::move(command));
        stack->push(wrapped.get());
        wrapped.release();
    });
}

void DiagramUndoCommand::updateText()
{
    if (const auto* c = dynamic_cast<const DiagramCommand*>(m_command.get()))
        setText(describe(c->edit(), int(c->itemCount())));
    else
        setText(QString::fromStdString(m_command->text()));
}

QString DiagramUndoCommand::describe(DiagramEdit edit, int n)
{
    switch (edit) {
    case DiagramEdit::AddNode: return tr("Add node");
    case DiagramEdit::AddEdge: return tr("Connect");
    case DiagramEdit::Remove: return tr("Delete %n item(s)", nullptr, n);
    case DiagramEdit::Move: return tr("Move %n node(s)", nullptr, n);
    case DiagramEdit::Resize: return tr("Resize");
    case DiagramEdit::EditText: return tr("Edit text");
    case DiagramEdit::SetKind: return tr("Change kind");
    case DiagramEdit::SetPorts: return tr("Edit ports");
    case DiagramEdit::SetBinding: return tr("Change binding");
    case DiagramEdit::SetRouting: return tr("Change routing");
    case DiagramEdit::SetGroup: return tr("Change group");
    case DiagramEdit::Rename: return tr("Rename diagram");
    case DiagramEdit::Align: return tr("Align %n node(s)", nullptr, n);
    case DiagramEdit::Distribute: return tr("Distribute %n node(s)", nullptr, n);
    case DiagramEdit::Duplicate: return tr("Duplicate");
    case DiagramEdit::Paste: return tr("Paste");
    case DiagramEdit::Layout: return tr("Automatic layout");
    case DiagramEdit::Replace: return tr("Update diagram");
    }
    return tr("Edit");
}

} // namespace runlens
