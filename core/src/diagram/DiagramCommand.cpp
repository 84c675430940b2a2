#include "runlens/diagram/DiagramCommand.h"

#include "diagram/DiagramPatch.h"
#include "runlens/diagram/DiagramDocument.h"

namespace runlens {

DiagramCommand::DiagramCommand(DiagramDocument* document, DiagramEdit edit, DiagramPatch patch, int mergeId,
                               bool continues)
    : m_document(document), m_edit(edit), m_patch(std::make_unique<DiagramPatch>(std::move(patch))),
      m_mergeId(mergeId), m_continues(continues)
{
}

DiagramCommand::~DiagramCommand() = default;

void DiagramCommand::redo() { m_document->applyPatch(*m_patch, true); }

void DiagramCommand::undo() { m_document->applyPatch(*m_patch, false); }

std::string DiagramCommand::text() const { return describe(m_edit, itemCount()); }

bool DiagramCommand::mergeWith(const UndoCommand& next)
{
    auto* other = dynamic_cast<const DiagramCommand*>(&next);
    if (!other || !other->m_continues || other->m_document != m_document || other->m_edit != m_edit)
        return false;
    return m_patch->mergeWith(*other->m_patch);
}

bool DiagramCommand::isObsolete() const { return m_patch->isIdentity(); }

std::size_t DiagramCommand::itemCount() const { return m_patch->itemCount(); }

std::string describe(DiagramEdit edit, std::size_t items)
{
    std::string n = std::to_string(items);
    std::string s = items == 1 ? "" : "s";
    switch (edit) {
    case DiagramEdit::AddNode: return "Add node";
    case DiagramEdit::AddEdge: return "Connect";
    case DiagramEdit::Remove: return "Delete " + n + " item" + s;
    case DiagramEdit::Move: return "Move " + n + " node" + s;
    case DiagramEdit::Resize: return "Resize";
    case DiagramEdit::EditText: return "Edit text";
    case DiagramEdit::SetKind: return "Change kind";
    case DiagramEdit::SetPorts: return "Edit ports";
    case DiagramEdit::SetBinding: return "Change binding";
    case DiagramEdit::SetRouting: return "Change routing";
    case DiagramEdit::SetGroup: return "Change group";
    case DiagramEdit::Rename: return "Rename diagram";
    case DiagramEdit::Align: return "Align " + n + " node" + s;
    case DiagramEdit::Distribute: return "Distribute " + n + " node" + s;
    case DiagramEdit::Duplicate: return "Duplicate";
    case DiagramEdit::Paste: return "Paste";
    case DiagramEdit::Layout: return "Automatic layout";
    case DiagramEdit::Replace: return "Update diagram";
    }
    return "Edit";
}

} // namespace runlens
