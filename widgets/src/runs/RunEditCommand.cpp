#include "runs/RunEditCommand.h"

namespace runlens {

RunEditCommand::RunEditCommand(const QString& text, QList<Change> changes, Apply apply)
    : QUndoCommand(text), m_changes(std::move(changes)), m_apply(std::move(apply))
{
}

void RunEditCommand::redo()
{
    for (const auto& c : m_changes) {
        if (!m_apply(c.uuid, c.after)) {
            setObsolete(true);
            return;
        }
    }
}

void RunEditCommand::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (!m_apply(it->uuid, it->before)) {
            setObsolete(true);
            return;
        }
    }
}

} // namespace runlens
