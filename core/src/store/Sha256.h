#pragma once

#include <cstddef>
#include <memory>
#include <string>

struct evp_md_ctx_st;

namespace runlens {

// SHA-256 of bytes fed piece by piece (OpenSSL), as the lower-case hex digest the store
// keeps for every artifact.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    std::string hex(); // ends the hash

private:
    evp_md_ctx_st* m_ctx;
};

} // namespace runlens
