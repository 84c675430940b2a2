#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace runlens {

// A file name made from something the user named (a diagram, a report): the name a
// save dialog suggests, which must be a name every system takes. Windows refuses
// < > : " / \ | ? * and control characters, drops trailing dots and spaces and keeps
// device names (CON, NUL, COM1…); macOS shows ":" as "/"; Linux refuses "/"; a leading
// dot hides a file. Letters of every script are kept.
namespace SafeFileName {

// Bytes of the stem at most: room for a suffix and a " (2)" under the usual 255.
inline constexpr std::size_t kMaxBytes = 120;

// title as a file name stem (no suffix), or fallback when nothing usable is left.
// "Trigger: schedule" becomes "Trigger schedule", "12:30" "12-30", "a/b" "a-b".
std::string from(std::string_view title, std::string_view fallback);

} // namespace SafeFileName

} // namespace runlens
