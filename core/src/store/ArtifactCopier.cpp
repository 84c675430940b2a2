#include "store/ArtifactCopier.h"

#include "runlens/model/StoreError.h"
#include "runlens/store/StorePath.h"

#include <openssl/evp.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <memory>

namespace fs = std::filesystem;

namespace runlens {

std::string ArtifactCopier::sha256OfFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StoreError(StoreError::Kind::InvalidInput, "cannot read artifact '" + path + "'");
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
    std::array<char, 1 << 16> buf{};
    while (in) {
        in.read(buf.data(), buf.size());
        EVP_DigestUpdate(ctx.get(), buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx.get(), digest.data(), &len);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0xf];
    }
    return out;
}

ArtifactCopier::Result ArtifactCopier::copy(const std::string& storePath, const std::string& runUuid,
                                            const std::string& source, const std::string& name)
{
    fs::path src(source);
    std::error_code ec;
    if (!fs::is_regular_file(src, ec))
        throw StoreError(StoreError::Kind::InvalidInput, "artifact '" + source + "' is not a readable file");
    fs::path rel = name.empty() ? src.filename() : fs::path(name).relative_path();
    for (const auto& part : rel) {
        if (part == "..")
            throw StoreError(StoreError::Kind::InvalidInput, "artifact name '" + name + "' may not contain '..'");
    }
    fs::path dest = fs::path(StorePath::artifactRoot(storePath)) / runUuid / rel;
    fs::create_directories(dest.parent_path(), ec);
    if (ec || !fs::copy_file(src, dest, fs::copy_options::overwrite_existing, ec))
        throw StoreError(StoreError::Kind::File, "cannot copy artifact to '" + dest.string() + "': " + ec.message());
    Result r;
    r.relativePath = rel.generic_string();
    r.size = static_cast<std::int64_t>(fs::file_size(dest));
    r.sha256 = sha256OfFile(dest.string());
    return r;
}

} // namespace runlens
