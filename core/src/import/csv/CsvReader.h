#pragma once

#include <string>
#include <vector>

namespace runlens {

// Reads the CSV that Python's csv module writes (what Lightning's and Keras' loggers
// use): comma separated, double-quoted fields with "" escapes, LF or CRLF line ends, an
// optional UTF-8 BOM. A last line cut off mid-way is kept as far as it goes.
class CsvReader {
public:
    using Row = std::vector<std::string>;

    // False (with error set) when the file cannot be read.
    static bool read(const std::string& path, std::vector<Row>& rows, std::string& error);
    static std::vector<Row> parse(const std::string& text);
    // The first line's fields, reading at most a few KiB: for format detection.
    static Row header(const std::string& path);
    // Whole-field number ("0.5", "1e-3", "nan", "inf"); false for text and "".
    static bool number(const std::string& field, double& out);
};

} // namespace runlens
