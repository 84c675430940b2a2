#pragma once

#include "runlens/diagram/UndoCommand.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace runlens {

// A small undo stack with QUndoStack's semantics, for core users without Qt (tests,
// the CLI, scripts): push() redoes the command, then merges it into the top command
// when their ids match (never across the clean state), and drops the redo tail.
//
// The Qt editor may instead route a document's commands into a QUndoStack (see
// DiagramDocument::setCommandSink); both give the same results because commands do all
// the work and stacks only order them.
class UndoStack {
public:
    UndoStack() = default;
    UndoStack(const UndoStack&) = delete;
    UndoStack& operator=(const UndoStack&) = delete;

    // Redoes cmd and records it. If redo() throws, nothing is recorded and the
    // exception propagates (commands leave the document unchanged when they throw).
    void push(std::unique_ptr<UndoCommand> cmd);
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < static_cast<int>(m_commands.size()); }
    void undo();
    void redo();

    int count() const { return static_cast<int>(m_commands.size()); }
    // Commands [0, index) are applied.
    int index() const { return m_index; }
    const UndoCommand* command(int i) const;
    std::string undoText() const;
    std::string redoText() const;

    // The clean state is "as saved"; -1 when it cannot be reached any more.
    void setClean();
    bool isClean() const { return m_clean == m_index; }
    int cleanIndex() const { return m_clean; }
    // Keeps at most limit commands (0 = no limit), dropping the oldest.
    void setUndoLimit(int limit);
    // Forgets every command without undoing any (after loading another diagram).
    void clear();

    // Called after every change of index, count or clean state.
    void setOnChanged(std::function<void()> onChanged) { m_onChanged = std::move(onChanged); }

private:
    void changed();
    void enforceLimit();

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    int m_clean = 0;
    int m_limit = 0;
    std::function<void()> m_onChanged;
};

} // namespace runlens
