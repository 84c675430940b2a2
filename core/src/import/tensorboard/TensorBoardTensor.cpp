#include "import/tensorboard/TensorBoardTensor.h"

#include "import/tensorboard/ProtobufReader.h"

#include <cstdint>
#include <cmath>
#include <cstring>
#include <limits>

namespace runlens {

namespace {

// tensorflow/core/framework/types.proto
enum DataType {
    DT_FLOAT = 1, DT_DOUBLE = 2, DT_INT32 = 3, DT_UINT8 = 4, DT_INT16 = 5, DT_INT8 = 6,
    DT_INT64 = 9, DT_BOOL = 10, DT_BFLOAT16 = 14, DT_UINT16 = 17, DT_HALF = 19,
    DT_UINT32 = 22, DT_UINT64 = 23
};

template <typename T>
T load(std::string_view bytes)
{
    T v;
    std::memcpy(&v, bytes.data(), sizeof(T));
    return v;
}

double halfToDouble(std::uint16_t h)
{
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    double sign = (h & 0x8000) ? -1.0 : 1.0;
    if (exp == 0)
        return sign * std::ldexp(mant, -24);
    if (exp == 31)
        return mant ? std::numeric_limits<double>::quiet_NaN() : sign * std::numeric_limits<double>::infinity();
    return sign * std::ldexp(mant + 1024, exp - 25);
}

double bfloat16ToDouble(std::uint16_t b)
{
    std::uint32_t bits = std::uint32_t(b) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

bool isSingleElement(std::string_view shape)
{
    ProtobufReader r(shape);
    ProtobufReader::Field f;
    while (r.next(f)) {
        if (f.number == 3 && f.varint) // unknown_rank
            return false;
        if (f.number == 2) {           // dim { size = 1 }
            ProtobufReader d(f.bytes);
            ProtobufReader::Field df;
            std::int64_t size = 1;
            while (d.next(df))
                if (df.number == 1)
                    size = df.asInt64();
            if (size != 1)
                return false;
        }
    }
    return r.ok();
}

std::optional<double> fromContent(int dtype, std::string_view c)
{
    switch (dtype) {
    case DT_FLOAT: return c.size() == 4 ? std::optional<double>(load<float>(c)) : std::nullopt;
    case DT_DOUBLE: return c.size() == 8 ? std::optional<double>(load<double>(c)) : std::nullopt;
    case DT_INT32: return c.size() == 4 ? std::optional<double>(load<std::int32_t>(c)) : std::nullopt;
    case DT_UINT32: return c.size() == 4 ? std::optional<double>(load<std::uint32_t>(c)) : std::nullopt;
    case DT_INT64: return c.size() == 8 ? std::optional<double>(static_cast<double>(load<std::int64_t>(c))) : std::nullopt;
    case DT_UINT64: return c.size() == 8 ? std::optional<double>(static_cast<double>(load<std::uint64_t>(c))) : std::nullopt;
    case DT_INT16: return c.size() == 2 ? std::optional<double>(load<std::int16_t>(c)) : std::nullopt;
    case DT_UINT16: return c.size() == 2 ? std::optional<double>(load<std::uint16_t>(c)) : std::nullopt;
    case DT_HALF: return c.size() == 2 ? std::optional<double>(halfToDouble(load<std::uint16_t>(c))) : std::nullopt;
    case DT_BFLOAT16: return c.size() == 2 ? std::optional<double>(bfloat16ToDouble(load<std::uint16_t>(c))) : std::nullopt;
    case DT_INT8: return c.size() == 1 ? std::optional<double>(static_cast<std::int8_t>(c[0])) : std::nullopt;
    case DT_UINT8:
    case DT_BOOL: return c.size() == 1 ? std::optional<double>(static_cast<unsigned char>(c[0])) : std::nullopt;
    default: return std::nullopt;
    }
}

} // namespace

std::optional<double> TensorBoardTensor::scalar(std::string_view tensor)
{
    ProtobufReader r(tensor);
    ProtobufReader::Field f;
    int dtype = 0;
    bool single = true;
    std::optional<double> value;
    std::string_view content;
    int count = 0; // values seen in the typed repeated fields
    auto take = [&](double v) {
        if (count++ == 0)
            value = v;
    };
    while (r.next(f)) {
        switch (f.number) {
        case 1: dtype = static_cast<int>(f.varint); break;
        case 2: single = isSingleElement(f.bytes); break;
        case 4: content = f.bytes; break;
        case 5: // float_val, packed or not
            if (f.wireType == ProtobufReader::Fixed32)
                take(f.asFloat());
            else if (f.wireType == ProtobufReader::LengthDelimited)
                for (std::size_t i = 0; i + 4 <= f.bytes.size(); i += 4)
                    take(load<float>(f.bytes.substr(i, 4)));
            break;
        case 6: // double_val
            if (f.wireType == ProtobufReader::Fixed64)
                take(f.asDouble());
            else if (f.wireType == ProtobufReader::LengthDelimited)
                for (std::size_t i = 0; i + 8 <= f.bytes.size(); i += 8)
                    take(load<double>(f.bytes.substr(i, 8)));
            break;
        case 7:  // int_val
        case 10: // int64_val
        case 11: // bool_val
        case 13: // half_val (IEEE half bits in an int32)
            if (f.wireType == ProtobufReader::Varint) {
                take(f.number == 13 ? halfToDouble(static_cast<std::uint16_t>(f.varint))
                                    : static_cast<double>(static_cast<std::int64_t>(f.varint)));
            } else if (f.wireType == ProtobufReader::LengthDelimited) {
                const char* p = f.bytes.data();
                const char* end = p + f.bytes.size();
                std::uint64_t v = 0;
                while (p < end && ProtobufReader::readVarint(p, end, v))
                    take(f.number == 13 ? halfToDouble(static_cast<std::uint16_t>(v))
                                        : static_cast<double>(static_cast<std::int64_t>(v)));
            }
            break;
        default: break;
        }
    }
    if (!r.ok() || !single)
        return std::nullopt;
    if (!content.empty())
        return fromContent(dtype, content);
    // A typed field with one value, or one value broadcast over a single element.
    return count >= 1 ? value : std::nullopt;
}

} // namespace runlens
