#pragma once

#include "runlens/diagram/Diagram.h"

namespace runlens {

// Whether a Diagram is well formed: valid uuid and name, unique ids, finite bounded
// geometry, texts within DiagramLimits and valid UTF-8, edges from an existing output
// port to an existing input port, groups that exist and do not contain themselves.
// Every reader and importer runs it before handing a diagram out.
namespace DiagramValidator {

// Throws DiagramError naming the first problem by path, e.g.
// "edges[2].to.node: no node with id \"train\"".
void check(const Diagram& diagram);
// Checks one text field: valid UTF-8 and at most maxBytes.
void checkText(const std::string& path, const std::string& text, std::size_t maxBytes);
// Checks an id: non-empty, valid UTF-8, no control characters, at most kMaxIdBytes.
void checkId(const std::string& path, const std::string& id);

} // namespace DiagramValidator

} // namespace runlens
