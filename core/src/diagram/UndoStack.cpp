#include "runlens/diagram/UndoStack.h"

#include <algorithm>

namespace runlens {

void UndoStack::push(std::unique_ptr<UndoCommand> cmd)
{
    cmd->redo();
    // The redo tail is gone now; a clean state inside it can never come back.
    if (m_index < count()) {
        m_commands.erase(m_commands.begin() + m_index, m_commands.end());
        if (m_clean > m_index)
            m_clean = -1;
    }
    UndoCommand* top = m_index > 0 ? m_commands[m_index - 1].get() : nullptr;
    bool mayMerge = top && top->id() != -1 && top->id() == cmd->id() && m_clean != m_index;
    if (mayMerge && top->mergeWith(*cmd)) {
        if (top->isObsolete()) {
            m_commands.pop_back();
            --m_index;
        }
    } else {
        m_commands.push_back(std::move(cmd));
        ++m_index;
        enforceLimit();
    }
    changed();
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    m_commands[m_index - 1]->undo();
    --m_index;
    changed();
}

void UndoStack::redo()
{
    if (!canRedo())
        return;
    m_commands[m_index]->redo();
    ++m_index;
    changed();
}

const UndoCommand* UndoStack::command(int i) const
{
    return i >= 0 && i < count() ? m_commands[i].get() : nullptr;
}

std::string UndoStack::undoText() const
{
    return canUndo() ? m_commands[m_index - 1]->text() : std::string();
}

std::string UndoStack::redoText() const
{
    return canRedo() ? m_commands[m_index]->text() : std::string();
}

void UndoStack::setClean()
{
    m_clean = m_index;
    changed();
}

void UndoStack::setUndoLimit(int limit)
{
    m_limit = limit < 0 ? 0 : limit;
    enforceLimit();
    changed();
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
    m_clean = 0;
    changed();
}

void UndoStack::enforceLimit()
{
    if (m_limit == 0 || count() <= m_limit)
        return;
    // Only applied commands can be forgotten; the redo tail stays reachable.
    int drop = std::min(count() - m_limit, m_index);
    if (drop <= 0)
        return;
    m_commands.erase(m_commands.begin(), m_commands.begin() + drop);
    m_index -= drop;
    m_clean = m_clean >= drop ? m_clean - drop : -1;
}

void UndoStack::changed()
{
    if (m_onChanged)
        m_onChanged();
}

} // namespace runlens
