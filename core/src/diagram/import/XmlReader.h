#pragma once

#include "diagram/import/XmlElement.h"

#include <string_view>

namespace runlens {

// A small, bounded XML parser for what draw.io writes: elements, attributes, the five
// predefined entities and character references, comments, CDATA, processing
// instructions. DOCTYPEs are refused (no entity expansion, so no "billion laughs").
// Depth, element count and size are capped; errors throw DiagramError with the line
// and column. (The project has no XML library dependency and core has no Qt.)
namespace XmlReader {

struct Limits {
    std::size_t maxBytes = 64u << 20;
    int maxDepth = 64;
    std::size_t maxElements = 1000000;
    std::size_t maxAttributes = 1000; // per element
};

XmlElement parse(std::string_view text, const Limits& limits);
inline XmlElement parse(std::string_view text) { return parse(text, Limits{}); }
// Appends the UTF-8 form of a code point; false for one XML does not allow.
bool appendUtf8(std::string& out, unsigned long cp);

} // namespace XmlReader

} // namespace runlens
