#pragma once

#include "diagram/import/XmlElement.h"

#include <string>
#include <vector>

namespace runlens {

// One mxCell of a draw.io page, with the label of its <object>/<UserObject> wrapper
// when it has one, and its geometry (not yet made absolute).
struct DrawioCell {
    std::string id, value, style, parent, source, target;
    bool vertex = false;
    bool edge = false;
    bool html = false;
    double x = 0, y = 0, width = 0, height = 0;
    std::size_t line = 0;

    // The cells of <mxGraphModel><root>…</root></mxGraphModel> in document order.
    // Throws DiagramError ("line N") for missing or duplicate ids and unusable numbers.
    static std::vector<DrawioCell> collect(const XmlElement& model, std::vector<std::string>& warnings);
    // "key=value" of a draw.io style string ("rounded=1;html=1;"), or "".
    static std::string styleValue(const std::string& style, const std::string& key);
    static bool styleHas(const std::string& style, const std::string& word);
};

} // namespace runlens
