#pragma once

#include <cstddef>
#include <cstdint>

namespace runlens {

// CRC-32C (Castagnoli), as TFRecord files use it, and TFRecord's "masked" form that
// keeps a CRC of data holding CRCs from looking like one.
namespace Crc32c {

std::uint32_t compute(const void* data, std::size_t size);
inline std::uint32_t masked(const void* data, std::size_t size)
{
    std::uint32_t crc = compute(data, size);
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

} // namespace Crc32c

} // namespace runlens
