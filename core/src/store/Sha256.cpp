#include "store/Sha256.h"

#include <openssl/evp.h>

#include <array>

namespace runlens {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr); }

Sha256::~Sha256() { EVP_MD_CTX_free(m_ctx); }

void Sha256::update(const void* data, std::size_t size) { EVP_DigestUpdate(m_ctx, data, size); }

std::string Sha256::hex()
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, digest.data(), &len);
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out += digits[digest[i] >> 4];
        out += digits[digest[i] & 0xf];
    }
    return out;
}

} // namespace runlens
