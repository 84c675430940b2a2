#pragma once

#include "runlens/diagram/import/DiagramImportResult.h"

#include <string>
#include <string_view>

namespace runlens {

// File -> Import and drops onto the window: recognises a Runlens diagram, a draw.io /
// diagrams.net file (plain or compressed) or Mermaid flowchart text by content, not by
// file name. Throws DiagramError (with a JSON path or a line and column) for input it
// cannot read; nothing is created then.
namespace DiagramImporter {

// nameHint names the diagram when the input has no name of its own (a file stem).
DiagramImportResult importText(std::string_view text, const std::string& nameHint = "Imported diagram");
DiagramImportResult importFile(const std::string& path);

} // namespace DiagramImporter

} // namespace runlens
