#include "diagram/import/DrawioCell.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramLimits.h"

#include <cmath>
#include <cstdlib>
#include <unordered_set>

namespace runlens {

namespace {

std::string at(std::size_t line) { return "line " + std::to_string(line); }

double number(const XmlElement& e, const char* key, double fallback)
{
    const std::string* v = e.attribute(key);
    if (!v || v->empty())
        return fallback;
    char* end = nullptr;
    double d = std::strtod(v->c_str(), &end);
    if (*end != '\0' || !std::isfinite(d) || std::fabs(d) > DiagramLimits::kMaxCoordinate)
        throw DiagramError(at(e.line), std::string("mxGeometry ") + key + "=\"" + v->substr(0, 40) +
                                           "\" is not a usable number (finite, at most 1e7 in size)");
    return d;
}

DrawioCell cellOf(const XmlElement& cell, const XmlElement* wrapper)
{
    DrawioCell c;
    const XmlElement& named = wrapper ? *wrapper : cell;
    c.line = named.line;
    c.id = named.attributeOr("id");
    c.value = wrapper ? wrapper->attributeOr("label") : cell.attributeOr("value");
    c.style = cell.attributeOr("style");
    c.parent = cell.attributeOr("parent");
    c.source = cell.attributeOr("source");
    c.target = cell.attributeOr("target");
    c.vertex = cell.attributeOr("vertex") == "1";
    c.edge = cell.attributeOr("edge") == "1";
    c.html = DrawioCell::styleValue(c.style, "html") == "1";
    if (const XmlElement* g = cell.child("mxGeometry")) {
        c.x = number(*g, "x", 0);
        c.y = number(*g, "y", 0);
        c.width = number(*g, "width", 0);
        c.height = number(*g, "height", 0);
    }
    return c;
}

} // namespace

std::vector<DrawioCell> DrawioCell::collect(const XmlElement& model, std::vector<std::string>& warnings)
{
    const XmlElement* root = model.child("root");
    if (!root)
        throw DiagramError(at(model.line), "<mxGraphModel> has no <root>");
    std::vector<DrawioCell> cells;
    std::unordered_set<std::string> ids;
    std::size_t skipped = 0;
    for (const XmlElement& e : root->children) {
        const XmlElement* cell = &e;
        const XmlElement* wrapper = nullptr;
        if (e.name == "object" || e.name == "UserObject") {
            wrapper = &e;
            cell = e.child("mxCell");
            if (!cell)
                throw DiagramError(at(e.line), "<" + e.name + "> without an <mxCell>");
        } else if (e.name != "mxCell") {
            ++skipped;
            continue;
        }
        DrawioCell c = cellOf(*cell, wrapper);
        if (c.id.empty())
            throw DiagramError(at(c.line), "a cell without an id");
        if (!ids.insert(c.id).second)
            throw DiagramError(at(c.line), "cell id \"" + c.id.substr(0, 60) + "\" appears twice");
        if (c.value.size() > DiagramLimits::kMaxTextBytes)
            throw DiagramError(at(c.line), "a label of " + std::to_string(c.value.size()) +
                                               " bytes; the limit is " + std::to_string(DiagramLimits::kMaxTextBytes));
        cells.push_back(std::move(c));
    }
    if (skipped)
        warnings.push_back(std::to_string(skipped) + " unknown element(s) in the page were skipped");
    return cells;
}

std::string DrawioCell::styleValue(const std::string& style, const std::string& key)
{
    std::size_t pos = 0;
    while (pos < style.size()) {
        std::size_t end = style.find(';', pos);
        if (end == std::string::npos)
            end = style.size();
        std::string_view item(style.data() + pos, end - pos);
        if (item.size() > key.size() && item.substr(0, key.size()) == key && item[key.size()] == '=')
            return std::string(item.substr(key.size() + 1));
        pos = end + 1;
    }
    return {};
}

bool DrawioCell::styleHas(const std::string& style, const std::string& word)
{
    return style.find(word) != std::string::npos;
}

} // namespace runlens
