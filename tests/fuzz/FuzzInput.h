#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace runlens {

// The bytes libFuzzer (or the replay main) hands a target, as text.
inline std::string_view fuzzText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace runlens
