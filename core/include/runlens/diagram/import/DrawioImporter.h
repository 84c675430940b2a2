#pragma once

#include "runlens/diagram/import/DiagramImportResult.h"

#include <string>
#include <string_view>

namespace runlens {

// draw.io / diagrams.net files: <mxfile><diagram>…</diagram></mxfile> with the page as
// an <mxGraphModel> element or as compressed text, or a bare <mxGraphModel>.
// Vertices become nodes (kind guessed from label and style words, HTML stripped from
// labels, containers such as swimlanes become groups), edges with both ends on
// vertices become edges with their labels; positions are kept as drawn.
namespace DrawioImporter {

bool looksLike(std::string_view text);
// page: which <diagram> of a multi-page file (0 = the first).
DiagramImportResult import(std::string_view text, const std::string& nameHint, int page = 0);

} // namespace DrawioImporter

} // namespace runlens
