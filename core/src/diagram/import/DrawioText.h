#pragma once

#include <string>
#include <string_view>

namespace runlens {

// Labels of draw.io cells as plain text: with html=1 in the style a label is HTML
// (<b>, <br>, <div>, &nbsp;). Block tags and <br> become line breaks, other tags go,
// common entities are decoded, spaces collapse and blank lines are dropped.
namespace DrawioText {

std::string plain(std::string_view label, bool html);

} // namespace DrawioText

} // namespace runlens
