#include "store/ArtifactCopier.h"

#include "runlens/model/StoreError.h"
#include "runlens/store/StorePath.h"

#include "store/Sha256.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace runlens {

namespace {

[[noreturn]] void refuse(const std::string& message)
{
    throw StoreError(StoreError::Kind::InvalidInput, message);
}

// Closes a descriptor and, unless released, removes the temporary file it wrote.
struct TempFile {
    int fd = -1;
    std::string path;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Opens source for reading and checks, on the open descriptor (no race with a swap of
// the path), that it is a regular file within the cap. O_NONBLOCK: opening a FIFO
// must not wait for a writer before fstat can refuse it.
int openRegular(const std::string& source, const ArtifactCopier::Limits& limits)
{
    int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (limits.followSymlinks ? 0 : O_NOFOLLOW);
    int fd = ::open(source.c_str(), flags);
    if (fd < 0) {
        if (errno == ELOOP)
            refuse("artifact '" + source + "' is a symlink; links are not followed out of an imported folder");
        refuse("artifact '" + source + "' is not a readable file: " + std::strerror(errno));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        refuse("artifact '" + source + "' is not a regular file (a device, FIFO, socket or folder); not copied");
    }
    if (limits.maxBytes >= 0 && st.st_size > limits.maxBytes) {
        ::close(fd);
        refuse("artifact '" + source + "' has " + std::to_string(st.st_size) + " bytes, more than the cap of " +
               std::to_string(limits.maxBytes));
    }
    int back = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, back & ~O_NONBLOCK);
    return fd;
}

// false with errno set when the bytes could not all be written.
bool writeAll(int fd, const char* data, std::size_t size)
{
    for (std::size_t done = 0; done < size;) {
        ssize_t put = ::write(fd, data + done, size - done);
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0)
            return false;
        done += static_cast<std::size_t>(put);
    }
    return true;
}

} // namespace

std::string ArtifactCopier::relativeName(const std::string& source, const std::string& name)
{
    fs::path rel = name.empty() ? fs::path(source).filename() : fs::path(name).relative_path();
    for (const auto& part : rel) {
        if (part == "..")
            refuse("artifact name '" + name + "' may not contain '..'");
    }
    if (rel.empty())
        refuse("artifact name '" + name + "' names no file");
    return rel.generic_string();
}

ArtifactCopier::Result ArtifactCopier::stream(const std::string& source, const std::string& name, const Limits& limits,
                                              const Sink& sink)
{
    std::string rel = relativeName(source, name);
    Fd in{openRegular(source, limits)};
    Sha256 hash;
    std::array<char, 1 << 16> buf{};
    std::int64_t total = 0;
    for (;;) {
        ssize_t got = ::read(in.fd, buf.data(), buf.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            refuse("cannot read artifact '" + source + "': " + std::strerror(errno));
        if (got == 0)
            break;
        total += got;
        // The file may grow while it is copied; the cap holds for what is read.
        if (limits.maxBytes >= 0 && total > limits.maxBytes)
            refuse("artifact '" + source + "' grew past the cap of " + std::to_string(limits.maxBytes) + " bytes");
        hash.update(buf.data(), static_cast<std::size_t>(got));
        sink(buf.data(), static_cast<std::size_t>(got));
    }
    std::string sha256 = hash.hex();
    if (!limits.expectedSha256.empty() && sha256 != limits.expectedSha256)
        refuse("artifact '" + source + "' does not match its sha256 (" + limits.expectedSha256.substr(0, 12)
               + "…): the file is damaged or was changed after it was logged");
    return {rel, total, sha256};
}

void ArtifactCopier::writeAtomically(const std::string& dest, const Producer& produce, int mode)
{
    auto cannotWrite = [&](const std::string& why) {
        throw StoreError(StoreError::Kind::File, "cannot write '" + dest + "': " + why);
    };
    std::string pattern = (fs::absolute(dest).parent_path() / ".tmp-XXXXXX").string();
    TempFile out;
    out.fd = ::mkstemp(pattern.data());
    if (out.fd < 0)
        cannotWrite(std::strerror(errno));
    out.path = pattern;
    produce([&](const char* data, std::size_t size) {
        if (!writeAll(out.fd, data, size))
            cannotWrite(std::strerror(errno));
    });
    if (mode >= 0)
        ::fchmod(out.fd, static_cast<mode_t>(mode));
    if (::close(out.fd) != 0) {
        out.fd = -1;
        cannotWrite(std::strerror(errno));
    }
    out.fd = -1;
    if (::rename(out.path.c_str(), dest.c_str()) != 0)
        cannotWrite(std::strerror(errno));
    out.path.clear();
}

ArtifactCopier::Result ArtifactCopier::copy(const std::string& storePath, const std::string& runUuid,
                                            const std::string& source, const std::string& name, const Limits& limits)
{
    fs::path dest = fs::path(StorePath::artifactRoot(storePath)) / runUuid / relativeName(source, name);
    std::error_code ec;
    fs::create_directories(dest.parent_path(), ec);
    if (ec)
        throw StoreError(StoreError::Kind::File, "cannot copy artifact to '" + dest.string() + "': " + ec.message());
    Result result;
    struct stat st {};
    int mode = ::stat(source.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
    writeAtomically(dest.string(), [&](const Sink& sink) { result = stream(source, name, limits, sink); }, mode);
    return result;
}

void ArtifactCopier::saveVerified(const std::string& file, const std::string& sha256, const std::string& destination)
{
    Limits limits;
    limits.expectedSha256 = sha256;
    writeAtomically(destination, [&](const Sink& sink) { stream(file, {}, limits, sink); });
}

} // namespace runlens
