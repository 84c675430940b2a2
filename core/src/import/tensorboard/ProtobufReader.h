#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace runlens {

// Walks the fields of one protobuf message in wire format. Enough for the handful of
// TensorBoard messages we decode by hand; malformed input ends the walk (ok() false)
// instead of reading past the end.
class ProtobufReader {
public:
    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    struct Field {
        std::uint32_t number = 0;
        int wireType = 0;
        std::uint64_t varint = 0;    // Varint
        std::uint64_t fixed = 0;     // Fixed64 / Fixed32 bits
        std::string_view bytes;      // LengthDelimited

        double asDouble() const { double d; std::memcpy(&d, &fixed, 8); return d; }
        float asFloat() const { auto u = static_cast<std::uint32_t>(fixed); float f; std::memcpy(&f, &u, 4); return f; }
        std::int64_t asInt64() const { return static_cast<std::int64_t>(varint); }
    };

    explicit ProtobufReader(std::string_view data) : m_p(data.data()), m_end(data.data() + data.size()) {}

    // The next field, or false at the end or on malformed data.
    bool next(Field& f);
    bool ok() const { return m_ok; }

    // A varint from [p, end); advances p. False if cut off or longer than 10 bytes.
    static bool readVarint(const char*& p, const char* end, std::uint64_t& out);

private:
    const char* m_p;
    const char* m_end;
    bool m_ok = true;
};

// Inline: decoding runs these a few times per point of a million-point log.
inline bool ProtobufReader::readVarint(const char*& p, const char* end, std::uint64_t& out)
{
    // One-byte varints (field keys, small lengths) are nearly all of them.
    if (p < end && !(static_cast<unsigned char>(*p) & 0x80)) {
        out = static_cast<unsigned char>(*p++);
        return true;
    }
    out = 0;
    for (int shift = 0; shift < 70 && p < end; shift += 7) {
        auto byte = static_cast<unsigned char>(*p++);
        out |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

inline bool ProtobufReader::next(Field& f)
{
    if (!m_ok || m_p >= m_end)
        return false;
    std::uint64_t key = 0;
    if (!readVarint(m_p, m_end, key) || (key >> 3) == 0)
        return m_ok = false;
    f.number = static_cast<std::uint32_t>(key >> 3);
    f.wireType = static_cast<int>(key & 7);
    switch (f.wireType) {
    case Varint:
        if (!readVarint(m_p, m_end, f.varint))
            return m_ok = false;
        return true;
    case Fixed64:
        if (m_end - m_p < 8)
            return m_ok = false;
        std::memcpy(&f.fixed, m_p, 8); // protobuf is little-endian, like this machine
        m_p += 8;
        return true;
    case Fixed32: {
        if (m_end - m_p < 4)
            return m_ok = false;
        std::uint32_t v;
        std::memcpy(&v, m_p, 4);
        f.fixed = v;
        m_p += 4;
        return true;
    }
    case LengthDelimited: {
        std::uint64_t len = 0;
        if (!readVarint(m_p, m_end, len) || len > static_cast<std::uint64_t>(m_end - m_p))
            return m_ok = false;
        f.bytes = std::string_view(m_p, static_cast<std::size_t>(len));
        m_p += len;
        return true;
    }
    default: // groups (3, 4) and unknown types: nothing we read uses them
        return m_ok = false;
    }
}

} // namespace runlens
