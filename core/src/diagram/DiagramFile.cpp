#include "runlens/diagram/DiagramFile.h"

#include "runlens/diagram/DiagramError.h"
#include "runlens/diagram/DiagramJson.h"
#include "runlens/diagram/DiagramLimits.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace runlens {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    throw DiagramError(path, what + " (" + std::strerror(errno) + ")");
}

// Permissions for the new file: the old file's, else what a plain create would give.
mode_t modeFor(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        return st.st_mode & 07777;
    mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

Diagram DiagramFile::load(const std::string& path)
{
    return DiagramJson::read(readAll(path, DiagramLimits::kMaxInputBytes));
}

void DiagramFile::save(const std::string& path, const Diagram& diagram)
{
    writeAtomically(path, DiagramJson::write(diagram));
}

std::string DiagramFile::readAll(const std::string& path, std::size_t maxBytes)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        fail(path, "cannot open the file");
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw DiagramError(path, "not a regular file");
    }
    if (static_cast<std::size_t>(st.st_size) > maxBytes) {
        ::close(fd);
        throw DiagramError(path, "the file is " + std::to_string(st.st_size >> 20) + " MiB; the limit is " +
                                     std::to_string(maxBytes >> 20) + " MiB");
    }
    std::string out;
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errno;
            ::close(fd);
            errno = err;
            fail(path, "cannot read the file");
        }
        if (n == 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > maxBytes) { // the file grew while we read it
            ::close(fd);
            throw DiagramError(path, "the file is larger than the limit");
        }
    }
    ::close(fd);
    return out;
}

void DiagramFile::writeAtomically(const std::string& path, const std::string& bytes)
{
    std::string tmpl = path + ".tmp-XXXXXX";
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        fail(path, "cannot create a temporary file next to it");
    auto abandon = [&](const char* what) {
        int err = errno;
        ::close(fd);
        ::unlink(tmpl.c_str());
        errno = err;
        fail(path, what);
    };
    if (::fchmod(fd, modeFor(path)) != 0)
        abandon("cannot set the file's permissions");
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            abandon("cannot write the file");
        done += static_cast<std::size_t>(n);
    }
    // Data on disk before the rename makes it visible: never an empty file after a crash.
    if (::fsync(fd) != 0)
        abandon("cannot flush the file to disk");
    if (::close(fd) != 0) {
        int err = errno;
        ::unlink(tmpl.c_str());
        errno = err;
        fail(path, "cannot write the file");
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(tmpl.c_str());
        errno = err;
        fail(path, "cannot replace the file");
    }
}

} // namespace runlens
