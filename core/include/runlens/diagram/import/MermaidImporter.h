#pragma once

#include "runlens/diagram/import/DiagramImportResult.h"

#include <string>
#include <string_view>

namespace runlens {

// Mermaid flowcharts: `flowchart` or `graph` with TD/TB/LR/RL/BT; nodes A, A[text],
// A(text), A([text]), A[(text)], A[[text]], A{text}, A{{text}}, A((text)), A>text];
// edges -->, ---, -.->, -.-, ==>, ===, --o, --x, <--> with |label| or -- label -->;
// chains (A --> B --> C) and `&` (A & B --> C); `subgraph id [title]` … `end` become
// group nodes; %% comments. Styling statements (classDef, style, click…) are skipped
// with a warning. The result is laid out in the flowchart's direction.
namespace MermaidImporter {

bool looksLike(std::string_view text);
DiagramImportResult import(std::string_view text, const std::string& nameHint);

} // namespace MermaidImporter

} // namespace runlens
