#pragma once

#include "runlens/diagram/DiagramEdit.h"
#include "runlens/diagram/UndoCommand.h"

#include <memory>

namespace runlens {

class DiagramDocument;
class DiagramPatch;

// The one command type of diagram editing: a patch (items before and after) applied
// forwards or backwards to its document. It names items by id and holds its document
// by pointer; the document owns (or outlives) the stack the command lives on.
//
// Drags: moves and resizes carry a merge id. A command made with `continues` (the
// continueDrag arguments of DiagramDocument) merges into the previous command of the
// same id when both change the same items in place, so one drag is one undo step; a
// drag that ends where it began leaves no command (isObsolete).
class DiagramCommand : public UndoCommand {
public:
    static constexpr int kMoveMergeId = 0x52440001;
    static constexpr int kResizeMergeId = 0x52440002;

    DiagramCommand(DiagramDocument* document, DiagramEdit edit, DiagramPatch patch, int mergeId = -1,
                   bool continues = false);
    ~DiagramCommand() override;

    void redo() override;
    void undo() override;
    std::string text() const override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const UndoCommand& next) override;
    bool isObsolete() const override;

    DiagramEdit edit() const { return m_edit; }
    // Nodes and edges the command touches (for "Move 3 nodes").
    std::size_t itemCount() const;

private:
    DiagramDocument* m_document;
    DiagramEdit m_edit;
    std::unique_ptr<DiagramPatch> m_patch;
    int m_mergeId;
    bool m_continues;
};

} // namespace runlens
