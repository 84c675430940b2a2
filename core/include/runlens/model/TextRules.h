#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace runlens {

// The store's rules for keys and values (docs/storage-format.md). Writers check before
// anything is written, so bad input changes nothing.
namespace TextRules {

inline constexpr std::size_t kMaxKeyBytes = 250;
inline constexpr std::size_t kMaxValueBytes = 8u << 20;

bool isValidUtf8(std::string_view text);
// Throws StoreError(InvalidInput) naming what (e.g. "metric key") and why.
void checkKey(std::string_view what, std::string_view key, bool allowEmpty = false);
void checkValue(std::string_view what, std::string_view value);

// A-Z lowered, every other byte kept as it is. Keys, keywords and file formats
// compare the same in every locale: std::tolower follows the process locale, which
// the Qt app sets from the environment, and could fold other bytes differently.
inline constexpr char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
std::string asciiLower(std::string_view text);

} // namespace TextRules

} // namespace runlens
