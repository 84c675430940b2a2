#pragma once

#include <string>
#include <string_view>

namespace runlens {

// The encoding of a compressed draw.io page: the text of <diagram> is base64 of the
// raw deflate (no zlib header) of encodeURIComponent(the mxGraphModel XML). Each step
// refuses malformed input with DiagramError; inflation stops at a size cap so a
// "zip bomb" cannot exhaust memory.
namespace DrawioDecoder {

std::string decodePage(std::string_view text, std::size_t maxBytes);

std::string base64Decode(std::string_view text);
std::string inflateRaw(std::string_view data, std::size_t maxBytes);
// decodeURIComponent: %XX escapes (UTF-8 bytes) and nothing else.
std::string percentDecode(std::string_view text);

} // namespace DrawioDecoder

} // namespace runlens
