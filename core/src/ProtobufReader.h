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

} // namespace runlens
