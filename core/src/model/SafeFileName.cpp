#include "runlens/model/SafeFileName.h"

#include "runlens/model/TextRules.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace runlens {

namespace {

bool forbidden(char c)
{
    return std::string_view("<>:\"/\\|?*").find(c) != std::string_view::npos;
}

bool control(char c)
{
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
}

bool space(char c)
{
    return c == ' ' || control(c);
}

// A forbidden character between two words joins them ("12:30" -> "12-30"); before or
// after a space it is punctuation and goes ("Trigger: schedule" -> "Trigger schedule").
std::string replaceForbidden(std::string_view in)
{
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (control(c)) {
            out += ' ';
        } else if (!forbidden(c)) {
            out += c;
        } else {
            const bool joins = i > 0 && i + 1 < in.size() && !space(in[i - 1]) && !space(in[i + 1]) &&
                               !forbidden(in[i + 1]) && !forbidden(in[i - 1]);
            out += joins ? '-' : ' ';
        }
    }
    return out;
}

std::string collapseSpaces(const std::string& in)
{
    std::string out;
    for (char c : in) {
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += c;
    }
    return out;
}

// Leading dots hide files; trailing dots and spaces are dropped by Windows.
std::string trimEnds(std::string s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '.'))
        s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && (s[start] == ' ' || s[start] == '.'))
        ++start;
    return s.substr(start);
}

// Cut at a UTF-8 character boundary, never inside a character.
std::string cut(std::string s, std::size_t bytes)
{
    if (s.size() <= bytes)
        return s;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xc0) == 0x80)
        --end;
    return s.substr(0, end);
}

bool isDeviceName(const std::string& name)
{
    const std::string stem = TextRules::asciiLower(name.substr(0, name.find('.')));
    static const std::array<std::string_view, 4> plain = {"con", "prn", "aux", "nul"};
    for (auto d : plain) {
        if (stem == d)
            return true;
    }
    return stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) && stem[3] >= '1' &&
           stem[3] <= '9';
}

} // namespace

std::string SafeFileName::from(std::string_view title, std::string_view fallback)
{
    std::string name = trimEnds(collapseSpaces(replaceForbidden(title)));
    name = trimEnds(cut(name, kMaxBytes));
    // Windows reads the part before the first dot: "nul.txt" is the device too.
    if (isDeviceName(name))
        name.insert(std::min(name.find('.'), name.size()), "_");
    return name.empty() ? std::string(fallback) : name;
}

} // namespace runlens
