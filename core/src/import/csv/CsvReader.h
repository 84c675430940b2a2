#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace runlens {

// Reads the CSV that Python's csv module writes (what Lightning's and Keras' loggers
// use): comma separated, double-quoted fields with "" escapes, LF or CRLF line ends, an
// optional UTF-8 BOM. A last line cut off mid-way is kept as far as it goes.
namespace CsvReader {

using Row = std::vector<std::string>;
// Loggers write short numbers: a longer field means the file is not a logger's CSV
// (or a quote was never closed), and holding it would only cost memory.
inline constexpr std::size_t kMaxFieldBytes = 1u << 20;
// A 100 MB line of "1,1,1,…" would otherwise become 50 M strings (over 1.5 GB).
inline constexpr std::size_t kMaxFields = 100000; // per row

// False (with error set) when the file cannot be read or is over a limit.
bool read(const std::string& path, std::vector<Row>& rows, std::string& error);
// Stops at a field over kMaxFieldBytes or a row over kMaxFields with error set (when given), keeping the rows
// before it.
std::vector<Row> parse(const std::string& text, std::string* error = nullptr);
// The first line's fields, reading at most a few KiB: for format detection.
Row header(const std::string& path);
// Whole-field number ("0.5", "1e-3", "nan", "inf"); false for text and "".
bool number(const std::string& field, double& out);

} // namespace CsvReader

} // namespace runlens
