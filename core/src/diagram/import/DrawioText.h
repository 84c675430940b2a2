#pragma once

#include <string>
#include <string_view>

namespace runlens {

// Labels of draw.io cells as plain text: with html=1 in the style a label is HTML
// (<b>, <br>, <div>, &nbsp;). Block tags and <br> become line breaks, other tags go,
// common entities are decoded, spaces collapse and blank lines are dropped.
class DrawioText {
public:
    static std::string plain(std::string_view label, bool html);

private:
    static std::string stripTags(std::string_view html);
    static std::string tidy(std::string_view text);
};

} // namespace runlens
