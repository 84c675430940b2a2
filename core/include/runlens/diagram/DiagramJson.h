#pragma once

#include "runlens/diagram/Diagram.h"

#include <string>
#include <string_view>

namespace runlens {

// The diagram file format (docs/diagram-format.md): files, the clipboard and the
// store's diagrams.json column all hold exactly this text.
namespace DiagramJson {

inline constexpr const char* kFormat = "runlens-diagram";
inline constexpr int kVersion = 1;

// Pretty-printed, keys in a fixed order, every field written: the same diagram
// always gives the same bytes, so save -> load -> save is byte-identical.
std::string write(const Diagram& diagram);
// Parses and validates everything (types, required fields, limits, references);
// throws DiagramError with a JSON path or line/column. Never returns a diagram
// that DiagramValidator would refuse.
Diagram read(std::string_view text);
// Quick sniff for import: does the text look like a Runlens diagram?
bool looksLike(std::string_view text);

} // namespace DiagramJson

} // namespace runlens
