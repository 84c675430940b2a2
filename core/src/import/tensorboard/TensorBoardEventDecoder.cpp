#include "import/tensorboard/TensorBoardEventDecoder.h"

#include "import/tensorboard/TensorBoardTensor.h"

#include <cstring>

namespace runlens {

namespace {
// tensorboard/plugins/scalar/metadata.py, hparams/metadata.py
constexpr std::string_view kScalarsPlugin = "scalars";
constexpr std::string_view kHparamsPlugin = "hparams";
constexpr std::string_view kSessionStartTag = "_hparams_/session_start_info";
constexpr std::uint64_t kDataClassScalar = 1;
}

// The shape PyTorch, Lightning and TF1 write for one scalar, byte for byte:
// Event{wall_time, step, summary{value{tag, simple_value}}}. Recognising it directly is
// several times faster than the general walk below, which handles everything else.
bool TensorBoardEventDecoder::decodeSimpleScalar(std::string_view record)
{
    const char* p = record.data();
    const char* end = p + record.size();
    auto byte = [&](unsigned char expected) { return p < end && static_cast<unsigned char>(*p++) == expected; };
    std::uint64_t step = 0, summaryLen = 0, valueLen = 0, tagLen = 0;
    if (end - p < 9 || !byte(0x09)) // wall_time, fixed64
        return false;
    double wallTime;
    std::memcpy(&wallTime, p, 8);
    p += 8;
    if (!byte(0x10) || !ProtobufReader::readVarint(p, end, step)) // step
        return false;
    if (!byte(0x2a) || !ProtobufReader::readVarint(p, end, summaryLen) || summaryLen != std::uint64_t(end - p))
        return false; // summary, the last field
    if (!byte(0x0a) || !ProtobufReader::readVarint(p, end, valueLen) || valueLen != std::uint64_t(end - p))
        return false; // exactly one value
    if (!byte(0x0a) || !ProtobufReader::readVarint(p, end, tagLen) || tagLen + 5 != std::uint64_t(end - p))
        return false; // tag, then only simple_value
    std::string_view tag(p, static_cast<std::size_t>(tagLen));
    p += tagLen;
    if (!byte(0x15) || tag.empty())
        return false;
    float value;
    std::memcpy(&value, p, 4);
    addPoint(tag, static_cast<std::int64_t>(step), value, wallTime);
    return true;
}

bool TensorBoardEventDecoder::decode(std::string_view record)
{
    if (decodeSimpleScalar(record))
        return true;
    // Event { double wall_time = 1; int64 step = 2; ...; Summary summary = 5; }
    ProtobufReader r(record);
    ProtobufReader::Field f;
    double wallTime = 0;
    std::int64_t step = 0;
    std::string_view summary;
    bool haveSummary = false;
    while (r.next(f)) {
        if (f.number == 1 && f.wireType == ProtobufReader::Fixed64)
            wallTime = f.asDouble();
        else if (f.number == 2 && f.wireType == ProtobufReader::Varint)
            step = f.asInt64();
        else if (f.number == 5 && f.wireType == ProtobufReader::LengthDelimited) {
            summary = f.bytes;
            haveSummary = true;
        }
    }
    if (!r.ok())
        return false;
    if (haveSummary)
        decodeSummary(summary, step, wallTime);
    return true;
}

void TensorBoardEventDecoder::decodeSummary(std::string_view summary, std::int64_t step, double wallTime)
{
    // Summary { repeated Value value = 1; }
    ProtobufReader r(summary);
    ProtobufReader::Field f;
    while (r.next(f))
        if (f.number == 1 && f.wireType == ProtobufReader::LengthDelimited)
            decodeValue(f.bytes, step, wallTime);
}

void TensorBoardEventDecoder::decodeValue(std::string_view value, std::int64_t step, double wallTime)
{
    // Value { string tag = 1; float simple_value = 2; TensorProto tensor = 8;
    //         SummaryMetadata metadata = 9; ... }
    ProtobufReader r(value);
    ProtobufReader::Field f;
    std::string_view tag, tensor, plugin, content;
    std::optional<double> simple;
    bool haveTensor = false, haveMetadata = false, scalarClass = false;
    while (r.next(f)) {
        if (f.number == 1 && f.wireType == ProtobufReader::LengthDelimited)
            tag = f.bytes;
        else if (f.number == 2 && f.wireType == ProtobufReader::Fixed32)
            simple = f.asFloat();
        else if (f.number == 8 && f.wireType == ProtobufReader::LengthDelimited) {
            tensor = f.bytes;
            haveTensor = true;
        } else if (f.number == 9 && f.wireType == ProtobufReader::LengthDelimited) {
            // SummaryMetadata { PluginData plugin_data = 1; ...; DataClass data_class = 4; }
            haveMetadata = true;
            ProtobufReader m(f.bytes);
            ProtobufReader::Field mf;
            while (m.next(mf)) {
                if (mf.number == 1 && mf.wireType == ProtobufReader::LengthDelimited) {
                    // PluginData { string plugin_name = 1; bytes content = 2; }
                    ProtobufReader p(mf.bytes);
                    ProtobufReader::Field pf;
                    while (p.next(pf)) {
                        if (pf.number == 1)
                            plugin = pf.bytes;
                        else if (pf.number == 2)
                            content = pf.bytes;
                    }
                } else if (mf.number == 4 && mf.varint == kDataClassScalar) {
                    scalarClass = true;
                }
            }
        }
    }
    if (!r.ok() || tag.empty())
        return;
    if (simple) {
        addPoint(tag, step, *simple, wallTime);
        return;
    }
    std::string knownPlugin;
    if (haveMetadata) {
        knownPlugin = scalarClass ? std::string(kScalarsPlugin) : std::string(plugin);
        m_pluginOfTag[std::string(tag)] = knownPlugin;
    } else if (auto it = m_pluginOfTag.find(std::string(tag)); it != m_pluginOfTag.end()) {
        knownPlugin = it->second;
    }
    if (knownPlugin == kHparamsPlugin) {
        if (tag == kSessionStartTag)
            decodeHparams(content);
        return;
    }
    if (haveTensor && (knownPlugin.empty() || knownPlugin == kScalarsPlugin)) {
        if (auto v = TensorBoardTensor::scalar(tensor)) {
            addPoint(tag, step, *v, wallTime);
            return;
        }
    }
    ++m_skipped[std::string(tag)];
}

void TensorBoardEventDecoder::decodeHparams(std::string_view content)
{
    // HParamsPluginData { int32 version = 1; SessionStartInfo session_start_info = 3; }
    // SessionStartInfo { map<string, google.protobuf.Value> hparams = 1; }
    ProtobufReader data(content);
    ProtobufReader::Field f;
    while (data.next(f)) {
        if (f.number != 3 || f.wireType != ProtobufReader::LengthDelimited)
            continue;
        ProtobufReader start(f.bytes);
        ProtobufReader::Field sf;
        while (start.next(sf)) {
            if (sf.number != 1 || sf.wireType != ProtobufReader::LengthDelimited)
                continue;
            ProtobufReader entry(sf.bytes);
            ProtobufReader::Field ef;
            std::string key;
            std::optional<ParamValue> value;
            while (entry.next(ef)) {
                if (ef.number == 1) {
                    key = std::string(ef.bytes);
                } else if (ef.number == 2 && ef.wireType == ProtobufReader::LengthDelimited) {
                    // Value { null_value = 1; double number_value = 2; string string_value = 3;
                    //         bool bool_value = 4; struct/list = 5/6 (not params) }
                    ProtobufReader v(ef.bytes);
                    ProtobufReader::Field vf;
                    while (v.next(vf)) {
                        if (vf.number == 1)
                            value = ParamValue(std::string("null"));
                        else if (vf.number == 2 && vf.wireType == ProtobufReader::Fixed64)
                            value = ParamValue(vf.asDouble());
                        else if (vf.number == 3)
                            value = ParamValue(std::string(vf.bytes));
                        else if (vf.number == 4)
                            value = ParamValue(vf.varint != 0);
                    }
                }
            }
            if (!key.empty() && value)
                m_run.params.emplace_back(key, *value);
        }
    }
}

void TensorBoardEventDecoder::addPoint(std::string_view tag, std::int64_t step, double value, double wallTime)
{
    // Logs mostly repeat the tag of the previous value: skip the hash lookup then.
    if (!m_haveLast || tag != m_lastTag) {
        m_lastTag.assign(tag);
        PointBatch& b = m_run.batch(m_lastTag);
        m_lastIndex = static_cast<std::size_t>(&b - m_run.series.data());
        m_haveLast = true;
    }
    PointBatch& b = m_run.series[m_lastIndex];
    b.steps.push_back(step);
    b.values.push_back(value);
    b.times.push_back(wallTime);
    m_run.cover(wallTime);
    if (m_run.flushPoints && b.size() >= m_run.flushPoints)
        m_run.flush(b);
}

} // namespace runlens
