#include "import/csv/CsvReader.h"

#include "import/ImportPaths.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace runlens {

std::vector<CsvReader::Row> CsvReader::parse(const std::string& text, std::string* error)
{
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false, any = false;
    std::size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    auto endRow = [&] {
        if (any || !field.empty() || !row.empty()) {
            row.push_back(std::move(field));
            rows.push_back(std::move(row));
        }
        row.clear();
        field.clear();
        any = false;
    };
    std::size_t line = 1;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (field.size() > kMaxFieldBytes || row.size() > kMaxFields) {
            if (error)
                *error = "line " + std::to_string(line) +
                         (row.size() > kMaxFields
                              ? ": more than " + std::to_string(kMaxFields) + " fields (not a logger's CSV)"
                              : ": a field longer than " + std::to_string(kMaxFieldBytes >> 20) +
                                    " MiB (not a logger's CSV, or a quote never closed)");
            return rows;
        }
        if (c == '\n')
            ++line;
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            endRow();
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            field += c;
        }
    }
    endRow();
    return rows;
}

bool CsvReader::read(const std::string& path, std::vector<Row>& rows, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read the file";
        return false;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    rows = parse(buf.str(), &error);
    return error.empty();
}

CsvReader::Row CsvReader::header(const std::string& path)
{
    std::string head = ImportPaths::head(path, 4096);
    auto end = head.find_first_of("\r\n");
    if (end == std::string::npos && head.size() == 4096)
        return {};
    auto rows = parse(head.substr(0, end));
    return rows.empty() ? Row{} : rows.front();
}

bool CsvReader::number(const std::string& field, double& out)
{
    std::size_t b = field.find_first_not_of(" \t");
    if (b == std::string::npos)
        return false;
    std::size_t e = field.find_last_not_of(" \t");
    std::string s = field.substr(b, e - b + 1);
    char* end = nullptr;
    errno = 0;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size();
}

} // namespace runlens
