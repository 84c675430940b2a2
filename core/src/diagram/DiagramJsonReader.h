#pragma once

#include "runlens/diagram/Diagram.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace runlens {

// Turns parsed JSON into a Diagram, checking every type and required field and naming
// the JSON path of the first problem ("nodes[3].position.x: expected a number").
// Semantic checks (ids, references, limits) are DiagramValidator's.
namespace DiagramJsonReader {

Diagram convert(const nlohmann::json& root);
// Refuses input over DiagramLimits::kMaxInputBytes or nested deeper than
// kMaxDepth before the parser sees it, with the line and column of the problem.
void prescan(std::string_view text);
// "line L, column C" of a byte offset (columns count bytes, from 1).
std::string position(std::string_view text, std::size_t offset);

} // namespace DiagramJsonReader

} // namespace runlens
