#pragma once

#include "runlens/diagram/Diagram.h"

#include <functional>
#include <string>
#include <vector>

namespace runlens {

// Fragments for copy, paste and duplicate: a diagram of some nodes and the edges
// among them, and the renumbering that gives pasted items fresh ids.
namespace DiagramClipboard {

// The nodes (plus, recursively, the members of groups among them) in diagram order
// and the edges whose two ends are among them. Group references to groups outside
// the fragment are cleared unless keepOuterGroups (duplicate stays in its lane).
Diagram fragment(const Diagram& d, const std::vector<std::string>& ids, bool keepOuterGroups);
// Gives every node and edge a fresh id from the generators, fixing the references,
// and moves the nodes by offset. Returns the new node ids in fragment order.
std::vector<std::string> renumber(Diagram& fragment, const std::function<std::string()>& nodeId,
                                  const std::function<std::string()>& edgeId, DiagramPoint offset);

} // namespace DiagramClipboard

} // namespace runlens
