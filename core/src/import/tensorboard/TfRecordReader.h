#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace runlens {

// Reads TFRecord framing: per record a uint64 length, the masked CRC-32C of the length,
// the data and the masked CRC-32C of the data, all little-endian. Stops at the first
// damage (cut-off record, wrong CRC) and says where: what came before is sound.
namespace TfRecordReader {

struct Result {
    std::uint64_t records = 0;
    std::uint64_t bytesRead = 0;   // of fileSize, all in sound records
    std::uint64_t fileSize = 0;
    std::string error;             // "" when the whole file was read
};

// Calls onRecord for each sound record. onRecord returns false to stop early.
Result read(const std::string& path, const std::function<bool(std::string_view)>& onRecord);
// The same over bytes in memory.
Result readBytes(std::string_view bytes, const std::function<bool(std::string_view)>& onRecord);
// One framed record, as TensorFlow writes it (for tests and the benchmark).
void appendRecord(std::string& out, std::string_view data);

} // namespace TfRecordReader

} // namespace runlens
