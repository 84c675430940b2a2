#include "diagram/import/DrawioText.h"

#include "diagram/import/XmlReader.h"
#include "runlens/model/TextRules.h"

#include <cctype>
#include <cstdlib>

namespace runlens {

namespace {

bool startsWithTag(std::string_view tag, std::string_view name)
{
    // tag is the inside of <...>: "br", "/div", "div class=x", "br/".
    if (!tag.empty() && tag[0] == '/')
        tag.remove_prefix(1);
    if (tag.size() < name.size())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (TextRules::asciiLower(tag[i]) != name[i])
            return false;
    }
    return tag.size() == name.size() || !std::isalnum(static_cast<unsigned char>(tag[name.size()]));
}

bool breaksLine(std::string_view tag)
{
    for (const char* name : {"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}) {
        if (startsWithTag(tag, name))
            return true;
    }
    return false;
}

// One HTML entity at text[i] == '&'; appends its text and returns the length used,
// or 0 when it is not one we know (the '&' then stays as it is).
std::size_t entity(std::string_view text, std::size_t i, std::string& out)
{
    // Entities are short: look for the ';' nearby only, so a label full of '&' stays linear.
    std::size_t semi = text.substr(i, 12).find(';');
    if (semi == std::string_view::npos)
        return 0;
    semi += i;
    std::string_view name = text.substr(i + 1, semi - i - 1);
    static const std::pair<std::string_view, std::string_view> known[] = {
        {"nbsp", " "}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
    };
    for (const auto& [n, v] : known) {
        if (name == n) {
            out += v;
            return semi - i + 1;
        }
    }
    if (name.size() > 1 && name[0] == '#') {
        bool hex = name[1] == 'x' || name[1] == 'X';
        std::string digits(name.substr(hex ? 2 : 1));
        char* end = nullptr;
        unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (!digits.empty() && *end == '\0' && XmlReader::appendUtf8(out, cp))
            return semi - i + 1;
    }
    return 0;
}

std::string stripTags(std::string_view html)
{
    std::string out;
    out.reserve(html.size());
    for (std::size_t i = 0; i < html.size();) {
        char c = html[i];
        if (c == '<') {
            std::size_t close = html.find('>', i);
            if (close == std::string_view::npos)
                break; // a dangling '<' ends the label
            if (breaksLine(html.substr(i + 1, close - i - 1)))
                out += '\n';
            i = close + 1;
        } else if (c == '&') {
            std::size_t used = entity(html, i, out);
            if (used == 0)
                out += '&', ++i;
            else
                i += used;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::string tidy(std::string_view text)
{
    std::string out, line;
    auto flush = [&]() {
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        if (!line.empty()) {
            if (!out.empty())
                out += '\n';
            out += line;
        }
        line.clear();
    };
    for (char c : text) {
        if (c == '\n' || c == '\r') {
            flush();
        } else if (c == ' ' || c == '\t') {
            if (!line.empty() && line.back() != ' ')
                line += ' ';
        } else {
            line += c;
        }
    }
    flush();
    return out;
}

} // namespace

std::string DrawioText::plain(std::string_view label, bool html)
{
    return tidy(html ? stripTags(label) : std::string(label));
}

} // namespace runlens
