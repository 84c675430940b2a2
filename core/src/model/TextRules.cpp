#include "runlens/model/TextRules.h"

#include "runlens/model/StoreError.h"

#include <string>

namespace runlens {

bool TextRules::isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (len == 0 || i + len > text.size())
            return false;
        unsigned cp = len == 1 ? c : c & (0x7f >> len);
        for (std::size_t j = 1; j < len; ++j) {
            auto cc = static_cast<unsigned char>(text[i + j]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Overlong forms, surrogates and code points beyond Unicode are not UTF-8.
        static const unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < minimum[len] || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
            return false;
        i += len;
    }
    return true;
}

std::string TextRules::asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = asciiLower(c);
    return out;
}

void TextRules::checkKey(std::string_view what, std::string_view key, bool allowEmpty)
{
    auto fail = [&](const std::string& why) {
        throw StoreError(StoreError::Kind::InvalidInput, std::string(what) + " " + why);
    };
    if (key.empty()) {
        if (allowEmpty)
            return;
        fail("is empty");
    }
    if (key.size() > kMaxKeyBytes)
        fail("is " + std::to_string(key.size()) + " bytes long; the limit is " + std::to_string(kMaxKeyBytes));
    if (!isValidUtf8(key))
        fail("is not valid UTF-8");
    for (char c : key) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            fail("'" + std::string(key.substr(0, 40)) + "' contains a control character");
    }
}

void TextRules::checkValue(std::string_view what, std::string_view value)
{
    if (value.size() > kMaxValueBytes)
        throw StoreError(StoreError::Kind::InvalidInput,
                         std::string(what) + " is " + std::to_string(value.size() >> 20)
                             + " MiB; the limit is 8 MiB (nothing was written)");
    if (!isValidUtf8(value))
        throw StoreError(StoreError::Kind::InvalidInput, std::string(what) + " is not valid UTF-8");
}

} // namespace runlens
