#include "import/tensorboard/TfRecordReader.h"

#include "import/tensorboard/Crc32c.h"

#include <cstring>
#include <fstream>

#if defined(__unix__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace runlens {

namespace {

std::uint32_t le32(const char* p)
{
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

std::uint64_t le64(const char* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

} // namespace

TfRecordReader::Result TfRecordReader::readBytes(std::string_view bytes,
                                                 const std::function<bool(std::string_view)>& onRecord)
{
    Result r;
    r.fileSize = bytes.size();
    const char* base = bytes.data();
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        std::size_t left = bytes.size() - pos;
        if (left < 12) {
            r.error = "cut off inside a record header at byte " + std::to_string(pos);
            break;
        }
        std::uint64_t len = le64(base + pos);
        if (Crc32c::masked(base + pos, 8) != le32(base + pos + 8)) {
            r.error = "bad length checksum at byte " + std::to_string(pos);
            break;
        }
        if (len > left - 12 || left - 12 - len < 4) {
            r.error = "cut off inside a record at byte " + std::to_string(pos);
            break;
        }
        std::string_view data(base + pos + 12, static_cast<std::size_t>(len));
        if (Crc32c::masked(data.data(), data.size()) != le32(data.data() + len)) {
            r.error = "bad data checksum in the record at byte " + std::to_string(pos);
            break;
        }
        pos += 12 + len + 4;
        r.bytesRead = pos;
        ++r.records;
        if (!onRecord(data))
            break;
    }
    return r;
}

TfRecordReader::Result TfRecordReader::read(const std::string& path,
                                            const std::function<bool(std::string_view)>& onRecord)
{
#if defined(__unix__)
    // Mapping the file reads it straight from the page cache: no zeroed buffer and no
    // copy, which on big logs costs more than decoding them.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        auto size = static_cast<std::size_t>(st.st_size);
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        ::close(fd);
        if (map != MAP_FAILED) {
            // Unmapped however readBytes ends: onRecord may throw (cancel, store error).
            struct Unmap {
                void* p;
                std::size_t n;
                ~Unmap() { ::munmap(p, n); }
            } unmap{map, size};
            ::madvise(map, size, MADV_SEQUENTIAL);
            return readBytes(std::string_view(static_cast<const char*>(map), size), onRecord);
        }
    } else if (fd >= 0) {
        ::close(fd);
    }
#endif
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        Result r;
        r.error = "cannot read the file";
        return r;
    }
    auto size = static_cast<std::size_t>(in.tellg());
    std::string bytes(size, '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return readBytes(bytes, onRecord);
}

void TfRecordReader::appendRecord(std::string& out, std::string_view data)
{
    char header[12];
    std::uint64_t len = data.size();
    std::memcpy(header, &len, 8);
    std::uint32_t lcrc = Crc32c::masked(header, 8);
    std::memcpy(header + 8, &lcrc, 4);
    out.append(header, 12);
    out.append(data);
    std::uint32_t dcrc = Crc32c::masked(data.data(), data.size());
    out.append(reinterpret_cast<const char*>(&dcrc), 4);
}

} // namespace runlens
