#include "diagram/import/DrawioDecoder.h"

#include "runlens/diagram/DiagramError.h"

#include <zlib.h>

#include <cstring>

namespace runlens {

namespace {

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string DrawioDecoder::base64Decode(std::string_view text)
{
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned buffer = 0;
    int bits = 0;
    bool padding = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        int v = base64Value(c);
        if (v < 0 || padding)
            throw DiagramError("compressed page", "not valid base64");
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string DrawioDecoder::inflateRaw(std::string_view data, std::size_t maxBytes)
{
    z_stream zs;
    std::memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        throw DiagramError("compressed page", "cannot start decompression");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    char chunk[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            throw DiagramError("compressed page", rc == Z_BUF_ERROR ? "the compressed data is truncated"
                                                                    : "the compressed data is corrupt");
        }
        out.append(chunk, sizeof chunk - zs.avail_out);
        if (out.size() > maxBytes) {
            inflateEnd(&zs);
            throw DiagramError("compressed page", "decompresses to more than " + std::to_string(maxBytes >> 20) +
                                                      " MiB");
        }
    }
    inflateEnd(&zs);
    return out;
}

std::string DrawioDecoder::percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        int hi = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
        int lo = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (hi < 0 || lo < 0)
            throw DiagramError("compressed page", "malformed %-escape at byte " + std::to_string(i));
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

std::string DrawioDecoder::decodePage(std::string_view text, std::size_t maxBytes)
{
    std::string xml = inflateRaw(base64Decode(text), maxBytes);
    // Pages are URL-encoded before compression; some writers skip that step.
    auto first = xml.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && xml[first] == '<')
        return xml;
    return percentDecode(xml);
}

} // namespace runlens
