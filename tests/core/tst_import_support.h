#pragma once
// Writers for the import tests: small samples of each format, built here byte by byte so
// the tests do not depend on the code under test (a CRC-32C, protobuf fields and
// TFRecord framing of their own).
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace importtest {

inline std::uint32_t crc32c(const std::string& data)
{
    std::uint32_t crc = 0xffffffffu;
    for (unsigned char c : data) {
        crc ^= c;
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0x82f63b78u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline std::uint32_t masked(const std::string& data)
{
    std::uint32_t c = crc32c(data);
    return ((c >> 15) | (c << 17)) + 0xa282ead8u;
}

template <typename T>
std::string raw(T v)
{
    std::string s(sizeof(T), '\0');
    std::memcpy(s.data(), &v, sizeof(T));
    return s;
}

inline std::string varint(std::uint64_t v)
{
    std::string s;
    while (v >= 0x80) {
        s += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    s += static_cast<char>(v);
    return s;
}

// Protobuf fields.
inline std::string fVarint(int n, std::uint64_t v) { return varint(std::uint64_t(n) << 3 | 0) + varint(v); }
inline std::string fDouble(int n, double v) { return varint(std::uint64_t(n) << 3 | 1) + raw(v); }
inline std::string fFloat(int n, float v) { return varint(std::uint64_t(n) << 3 | 5) + raw(v); }
inline std::string fBytes(int n, const std::string& v) { return varint(std::uint64_t(n) << 3 | 2) + varint(v.size()) + v; }

inline std::string record(const std::string& data)
{
    std::string len = raw<std::uint64_t>(data.size());
    return len + raw(masked(len)) + data + raw(masked(data));
}

inline std::string tfEvent(double wall, std::int64_t step, const std::string& summaryValues)
{
    return fDouble(1, wall) + fVarint(2, static_cast<std::uint64_t>(step)) + fBytes(5, summaryValues);
}

inline std::string fileVersionEvent(double wall) { return fDouble(1, wall) + fBytes(3, "brain.Event:2"); }

// Summary.Value with simple_value (TF1, PyTorch's SummaryWriter).
inline std::string simpleValue(const std::string& tag, float v) { return fBytes(1, fBytes(1, tag) + fFloat(2, v)); }

inline std::string metadata(const std::string& plugin, const std::string& content = {})
{
    return fBytes(9, fBytes(1, fBytes(1, plugin) + (content.empty() ? "" : fBytes(2, content))));
}

// TF2 scalar: a DT_FLOAT tensor of shape [] with float_val; metadata only when asked
// (writers send it with a tag's first value only).
inline std::string tensorFloatValue(const std::string& tag, float v, bool withMetadata)
{
    std::string tensor = fVarint(1, 1) + fBytes(2, "") + fFloat(5, v);
    return fBytes(1, fBytes(1, tag) + (withMetadata ? metadata("scalars") : "") + fBytes(8, tensor));
}

// A DT_DOUBLE scalar in tensor_content.
inline std::string tensorDoubleContent(const std::string& tag, double v)
{
    std::string tensor = fVarint(1, 2) + fBytes(2, "") + fBytes(4, raw(v));
    return fBytes(1, fBytes(1, tag) + metadata("scalars") + fBytes(8, tensor));
}

// A DT_FLOAT tensor of shape [3]: a histogram-like value that is not a scalar.
inline std::string tensorVector(const std::string& tag)
{
    std::string shape = fBytes(2, fVarint(1, 3));
    std::string tensor = fVarint(1, 1) + fBytes(2, shape) + fBytes(4, raw(1.0f) + raw(2.0f) + raw(3.0f));
    return fBytes(1, fBytes(1, tag) + metadata("histograms") + fBytes(8, tensor));
}

struct HValue {
    enum { Number, Text, Bool } kind;
    double number = 0;
    std::string text;
    bool flag = false;
};

inline std::string hparamsSessionStart(const std::map<std::string, HValue>& hp)
{
    std::string start;
    for (const auto& [k, v] : hp) {
        std::string value = v.kind == HValue::Number ? fDouble(2, v.number)
                          : v.kind == HValue::Text   ? fBytes(3, v.text)
                                                     : fVarint(4, v.flag ? 1 : 0);
        start += fBytes(1, fBytes(1, k) + fBytes(2, value));
    }
    std::string content = fVarint(1, 0) + fBytes(3, start);
    return fBytes(1, fBytes(1, "_hparams_/session_start_info") + metadata("hparams", content) +
                         fBytes(8, fVarint(1, 7)));
}

inline void writeFile(const QString& path, const std::string& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

inline std::string readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray b = f.readAll();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

// Fixtures: $RUNLENS_FIXTURES or "" when absent.
inline QString fixtures()
{
    QString dir = qEnvironmentVariable("RUNLENS_FIXTURES");
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

// Top-level keys of a YAML mapping by looking at lines: "key:" at column 0.
inline int topLevelYamlKeys(const QString& path)
{
    int n = 0;
    for (const QByteArray& line : QByteArray::fromStdString(readFile(path)).split('\n'))
        if (!line.isEmpty() && line[0] != ' ' && line[0] != '-' && line[0] != '#' && line.contains(':'))
            ++n;
    return n;
}

} // namespace importtest
