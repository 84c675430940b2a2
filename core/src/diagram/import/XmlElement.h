#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace runlens {

// One element of a parsed XML document (XmlReader): name, attributes in document
// order, child elements and the character data directly inside it.
struct XmlElement {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;
    std::vector<XmlElement> children;
    std::string text;
    std::size_t line = 0; // where the start tag begins, for messages

    const std::string* attribute(std::string_view key) const
    {
        for (const auto& [k, v] : attributes) {
            if (k == key)
                return &v;
        }
        return nullptr;
    }
    std::string attributeOr(std::string_view key, std::string fallback = {}) const
    {
        const std::string* v = attribute(key);
        return v ? *v : std::move(fallback);
    }
    const XmlElement* child(std::string_view childName) const
    {
        for (const auto& c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
};

} // namespace runlens
