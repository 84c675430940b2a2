#include "import/ImportPaths.h"

#include "runlens/model/TextRules.h"

#include <cctype>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

namespace fs = std::filesystem;

namespace runlens {

std::string ImportPaths::canonical(const std::string& path)
{
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(fs::path(path), ec), ec);
    if (ec)
        p = fs::absolute(fs::path(path), ec).lexically_normal();
    std::string s = p.generic_string();
    while (s.size() > 1 && s.back() == '/')
        s.pop_back();
    return s;
}

static int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = TextRules::asciiLower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string ImportPaths::fromUri(const std::string& text)
{
    std::string s = text;
    if (s.rfind("file:", 0) == 0) {
        s = s.substr(5);
        if (s.rfind("//", 0) == 0) {
            // file://host/path: drop the (normally empty) host.
            auto slash = s.find('/', 2);
            s = slash == std::string::npos ? std::string() : s.substr(slash);
        }
        std::string decoded;
        for (std::size_t i = 0; i < s.size(); ++i) {
            int hi = 0, lo = 0;
            if (s[i] == '%' && i + 2 < s.size() && (hi = hexDigit(s[i + 1])) >= 0 && (lo = hexDigit(s[i + 2])) >= 0) {
                decoded += static_cast<char>(hi * 16 + lo);
                i += 2;
            } else {
                decoded += s[i];
            }
        }
        s = decoded;
        // "/C:/Users/..." is a Windows drive path written as a URI.
        if (s.size() >= 3 && s[0] == '/' && std::isalpha(static_cast<unsigned char>(s[1])) && s[2] == ':')
            s = s.substr(1);
    }
    if (isWindowsDrivePath(s))
        for (char& c : s)
            if (c == '\\')
                c = '/';
    return s;
}

bool ImportPaths::isWindowsDrivePath(const std::string& p)
{
    return p.size() >= 3 && std::isalpha(static_cast<unsigned char>(p[0])) && p[1] == ':' && (p[2] == '/' || p[2] == '\\');
}

std::string ImportPaths::baseName(const std::string& path)
{
    std::string s = path;
    while (s.size() > 1 && (s.back() == '/' || s.back() == '\\'))
        s.pop_back();
    auto pos = s.find_last_of("/\\");
    return pos == std::string::npos ? s : s.substr(pos + 1);
}

bool ImportPaths::isDirectory(const std::string& path)
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

bool ImportPaths::isFile(const std::string& path)
{
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

std::string ImportPaths::head(const std::string& path, std::size_t n)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    std::string buf(n, '\0');
    in.read(buf.data(), static_cast<std::streamsize>(n));
    buf.resize(static_cast<std::size_t>(in.gcount()));
    return buf;
}

double ImportPaths::modifiedTime(const std::string& path)
{
    std::error_code ec;
    auto t = fs::last_write_time(path, ec);
    if (ec)
        return std::numeric_limits<double>::quiet_NaN();
    auto sys = std::chrono::file_clock::to_sys(t);
    return std::chrono::duration<double>(sys.time_since_epoch()).count();
}

} // namespace runlens
