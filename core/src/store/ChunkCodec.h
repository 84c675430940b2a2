#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace runlens {

// Little-endian packing of chunk columns (docs/storage-format.md). On the little-endian
// machines we build for this is a memcpy; the byte swap keeps the format exact elsewhere.
namespace ChunkCodec {

inline constexpr std::size_t kMaxPoints = 1024;

// Reverses the bytes of each value in place (only big-endian machines need it).
template <typename T>
void swapBytes(T* data, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        unsigned char b[sizeof(T)];
        std::memcpy(b, data + i, sizeof(T));
        for (std::size_t j = 0; j < sizeof(T) / 2; ++j)
            std::swap(b[j], b[sizeof(T) - 1 - j]);
        std::memcpy(data + i, b, sizeof(T));
    }
}

template <typename T>
void append(std::vector<T>& out, const void* blob, std::size_t count)
{
    std::size_t old = out.size();
    out.resize(old + count);
    std::memcpy(out.data() + old, blob, count * sizeof(T));
    if constexpr (std::endian::native == std::endian::big)
        swapBytes(out.data() + old, count);
}

// Bytes ready to bind: little-endian copy of values[begin, begin+count).
template <typename T>
const void* encode(const std::vector<T>& values, std::size_t begin, std::size_t count,
                   std::vector<T>& scratch)
{
    if constexpr (std::endian::native == std::endian::little) {
        (void)scratch;
        (void)count;
        return values.data() + begin;
    } else {
        scratch.assign(values.begin() + begin, values.begin() + begin + count);
        swapBytes(scratch.data(), count);
        return scratch.data();
    }
}

} // namespace ChunkCodec

} // namespace runlens
