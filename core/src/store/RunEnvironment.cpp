#include "store/RunEnvironment.h"

#include "runlens/store/StorePath.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace runlens {

namespace {

std::string readHostName()
{
    std::array<char, 256> buf{};
    if (gethostname(buf.data(), buf.size() - 1) != 0)
        return {};
    return buf.data();
}

std::string readGitCommit()
{
    // A short-lived child; stderr is dropped so runs outside a repository stay quiet.
    FILE* p = popen("git rev-parse HEAD 2>/dev/null", "r");
    if (!p)
        return {};
    std::array<char, 128> buf{};
    std::string out;
    if (fgets(buf.data(), static_cast<int>(buf.size()), p))
        out = buf.data();
    pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out.size() == 40 ? out : std::string();
}

std::string quote(const std::string& arg)
{
    if (!arg.empty() && arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%") == std::string::npos)
        return arg;
    std::string out = "'";
    for (char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A store URL as an argument ("URL" or "--store=URL") without its password.
std::string withoutPassword(const std::string& arg)
{
    auto eq = arg.find('=');
    if (eq != std::string::npos && StorePath::isPostgres(arg.substr(eq + 1)))
        return arg.substr(0, eq + 1) + StorePath::redacted(arg.substr(eq + 1));
    return StorePath::redacted(arg);
}

std::string readCommandLine()
{
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string out;
    std::size_t start = 0;
    while (start < raw.size()) {
        std::size_t end = raw.find('\0', start);
        if (end == std::string::npos)
            end = raw.size();
        if (!out.empty())
            out += ' ';
        // A store URL given on the command line may carry a password; the run keeps it
        // without (and so does every machine the store is shared with).
        out += quote(withoutPassword(raw.substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

} // namespace

RunEnvironment RunEnvironment::capture()
{
    return RunEnvironment{readHostName(), readGitCommit(), readCommandLine()};
}

} // namespace runlens
