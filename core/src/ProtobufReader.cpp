#include "ProtobufReader.h"

namespace runlens {

bool ProtobufReader::readVarint(const char*& p, const char* end, std::uint64_t& out)
{
    out = 0;
    for (int shift = 0; shift < 70 && p < end; shift += 7) {
        auto byte = static_cast<unsigned char>(*p++);
        out |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

bool ProtobufReader::next(Field& f)
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
