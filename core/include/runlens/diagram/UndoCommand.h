#pragma once

#include <string>

namespace runlens {

// One undoable edit, shaped like QUndoCommand so that the Qt editor can wrap it in a
// thin adapter (QUndoCommand::redo/undo/id/mergeWith forward to these) or keep it on
// the core UndoStack. Commands refer to what they change by id, never by pointer or
// reference to an item, so they stay valid while other commands come and go.
class UndoCommand {
public:
    virtual ~UndoCommand() = default;

    // Applies the edit; called once when the command is pushed and again on redo.
    virtual void redo() = 0;
    virtual void undo() = 0;
    // Short English description ("Move 3 nodes"); translated UIs use their own text.
    virtual std::string text() const = 0;
    // Commands with the same id other than -1 may be merged by mergeWith (a drag).
    virtual int id() const { return -1; }
    // Absorbs next, which has just been redone; returns false to keep it separate.
    virtual bool mergeWith(const UndoCommand& next) { (void)next; return false; }
    // True when merging cancelled the edit out (dragged back to the start): the stack
    // drops the command, as QUndoStack does with QUndoCommand::isObsolete().
    virtual bool isObsolete() const { return false; }
};

} // namespace runlens
