#pragma once

#include "runlens/diagram/Diagram.h"
#include "runlens/diagram/DiagramChange.h"
#include "runlens/diagram/DiagramEdit.h"
#include "runlens/diagram/UndoStack.h"
#include "runlens/diagram/layout/LayeredLayout.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace runlens {

class DiagramIndex;
class DiagramPatch;

enum class DiagramAlignment { Left, Right, Top, Bottom, HorizontalCentre, VerticalCentre };
enum class DiagramDistribution { Horizontal, Vertical };

// A diagram being edited: owns the Diagram, turns every edit into an undoable
// DiagramCommand and tells listeners what changed (DiagramChange), so views update
// item by item. Edits check their input first and throw DiagramError without
// changing anything; an edit that would change nothing pushes no command.
//
// Undo: by default commands go on undoStack() (tests, CLI, scripts). The Qt editor is
// meant to route them into its QUndoStack instead, to get QUndoView, createUndoAction
// and cleanChanged for free: setCommandSink(), wrapping each in a QUndoCommand whose
// redo/undo/id/mergeWith forward to the core command (after a merge, call
// setObsolete(core->isObsolete()); text from DiagramCommand::edit(), translated) and
// push it; QUndoStack::push calls redo() once,
// exactly as UndoStack::push does. Either way there is one stack, owned next to the
// document and never outliving it (commands point at their document). reset() clears
// undoStack(); with a sink, clear your own stack too.
class DiagramDocument {
public:
    using Listener = std::function<void(const DiagramChange&)>;
    using CommandSink = std::function<void(std::unique_ptr<UndoCommand>)>;
    // A node's size grown to hold its content (see setNodeFit).
    using NodeFit = std::function<DiagramSize(const DiagramNode&)>;

    explicit DiagramDocument(Diagram diagram = Diagram::make("Untitled"));
    ~DiagramDocument();
    DiagramDocument(const DiagramDocument&) = delete;
    DiagramDocument& operator=(const DiagramDocument&) = delete;

    const Diagram& diagram() const { return m_diagram; }
    const DiagramNode* node(const std::string& id) const;
    const DiagramEdge* edge(const std::string& id) const;
    // Ids of the edges that start or end at the node, in diagram order.
    std::vector<std::string> edgesOf(const std::string& nodeId) const;

    // Replaces the whole diagram (open, new): validated, not undoable, clears the
    // undo stack and sends Reset.
    void reset(Diagram diagram);

    int addListener(Listener listener);
    void removeListener(int handle);
    UndoStack& undoStack() { return m_undo; }
    void setCommandSink(CommandSink sink) { m_sink = std::move(sink); }
    // How big a node must be for its text, which only the editor can measure (core has
    // no fonts). Once set, every edit grows the nodes it adds or changes to their fit in
    // the same undo step, and reset() fits the whole diagram; positions are never
    // touched. Setting it fits the current diagram (a Reset when anything grew).
    void setNodeFit(NodeFit fit);

    // --- edits, one undo step each ---
    // Adds the node; a missing or taken id is replaced by a fresh one, which is returned.
    std::string addNode(DiagramNode node);
    std::string addEdge(DiagramEdge edge);
    // Removes nodes with all their edges, and edges; members of a removed group stay,
    // outside any group. Undo restores everything exactly, in its old order.
    void remove(const std::vector<std::string>& nodeIds, const std::vector<std::string>& edgeIds = {});
    // New top-left corners. continueDrag merges with the previous move of the same
    // nodes: call it with false on the first mouse move of a drag, true afterwards.
    void moveNodes(const std::map<std::string, DiagramPoint>& positions, bool continueDrag = false);
    // Moves nodes by (dx, dy); the members of moved groups move along.
    void translateNodes(const std::vector<std::string>& ids, double dx, double dy, bool continueDrag = false);
    void setNodeGeometry(const std::string& id, const DiagramRect& rect, bool continueDrag = false);
    void setNodeTitle(const std::string& id, const std::string& title);
    void setNodeKind(const std::string& id, DiagramNodeKind kind);
    void setNodePorts(const std::string& id, std::vector<DiagramPort> inputs, std::vector<DiagramPort> outputs);
    void setNodeBinding(const std::string& id, const DiagramBinding& binding);
    void setNodeMetric(const std::string& id, const std::string& metricKey);
    // Puts nodes into a group node ("" = out of any group).
    void setNodeGroup(const std::vector<std::string>& ids, const std::string& groupId);
    void setEdgeLabel(const std::string& id, const std::string& label);
    void setEdgeRouting(const std::string& id, DiagramEdge::Routing routing);
    void rename(const std::string& name);
    void align(const std::vector<std::string>& ids, DiagramAlignment alignment);
    // Equal gaps between the nodes (3 or more), the outermost staying in place.
    void distribute(const std::vector<std::string>& ids, DiagramDistribution distribution);
    // Copies of the nodes (with the members of groups among them, and the edges among
    // all those) with fresh ids, moved by offset; returns the new node ids in diagram
    // order. Copies stay in the group of their original.
    std::vector<std::string> duplicate(const std::vector<std::string>& ids, DiagramPoint offset = {20, 20});
    // The nodes (with the members of groups among them) and the edges among them as a
    // fragment in the diagram file format: what the clipboard holds.
    std::string copy(const std::vector<std::string>& ids) const;
    // Inserts a fragment (any diagram JSON) with fresh ids, moved by offset; returns
    // the new node ids in fragment order.
    std::vector<std::string> paste(std::string_view fragmentJson, DiagramPoint offset = {20, 20});
    void autoLayout(const LayoutOptions& options = {});
    // Turns the diagram into `after` (same uuid) as one undo step, e.g. a pipeline
    // diagram updated from its run.
    void replace(const Diagram& after, DiagramEdit edit = DiagramEdit::Replace);

    // Fresh ids not used in the diagram ("n12", "e7").
    std::string freshNodeId();
    std::string freshEdgeId();

private:
    friend class DiagramCommand;
    void applyPatch(const DiagramPatch& patch, bool forward);
    void push(DiagramEdit edit, DiagramPatch patch, int mergeId = -1, bool continues = false);
    void checkPatch(const DiagramPatch& patch) const;
    void notify(const DiagramChange& change);
    const DiagramNode& need(const std::string& id) const;
    void changeNodes(DiagramEdit edit, const std::vector<DiagramNode>& changed, int mergeId = -1,
                     bool continues = false);
    bool fitNode(DiagramNode& node) const;
    void fitPatch(DiagramPatch& patch) const;

    Diagram m_diagram;
    std::unique_ptr<DiagramIndex> m_index;
    UndoStack m_undo;
    CommandSink m_sink;
    NodeFit m_fit;
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextListener = 1;
    std::size_t m_nextNodeId = 1;
    std::size_t m_nextEdgeId = 1;
};

} // namespace runlens
