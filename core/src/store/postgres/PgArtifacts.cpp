#include "store/postgres/PgArtifacts.h"

#include "store/Database.h"
#include "store/Sha256.h"
#include "runlens/model/StoreError.h"

#include <filesystem>
#include <memory>

namespace fs = std::filesystem;

namespace runlens {

ArtifactCopier::Result PgArtifacts::put(Database& db, std::int64_t runId, const std::string& source,
                                        const std::string& name, double createdAt, const ArtifactLimits& limits)
{
    std::string rel = ArtifactCopier::relativeName(source, name);
    ArtifactCopier::Result result;
    db.write([&] {
        // The row first (the parts refer to it), its size and hash once they are known;
        // readers see neither before the commit.
        db.prepare("INSERT INTO artifacts(run_id, path, size, sha256, created_at) VALUES (?, ?, 0, '', ?) "
                   "ON CONFLICT(run_id, path) DO UPDATE SET size = 0, sha256 = '', created_at = excluded.created_at")
            .bind(1, runId).bind(2, rel).bind(3, createdAt).run();
        db.prepare("DELETE FROM artifact_parts WHERE run_id = ? AND path = ?").bind(1, runId).bind(2, rel).run();
        auto& insert = db.prepare("INSERT INTO artifact_parts(run_id, path, seq, data) VALUES (?, ?, ?, ?)");
        std::string part;
        std::int64_t seq = 0;
        auto flushPart = [&] {
            insert.bind(1, runId).bind(2, rel).bind(3, seq++).bindBlob(4, part.data(), part.size());
            insert.run();
            part.clear();
        };
        result = ArtifactCopier::stream(source, name, limits, [&](const char* data, std::size_t size) {
            while (size > 0) {
                std::size_t take = std::min(size, kPartBytes - part.size());
                part.append(data, take);
                data += take;
                size -= take;
                if (part.size() == kPartBytes)
                    flushPart();
            }
        });
        if (!part.empty())
            flushPart();
        db.prepare("UPDATE artifacts SET size = ?, sha256 = ? WHERE run_id = ? AND path = ?")
            .bind(1, result.size).bind(2, result.sha256).bind(3, runId).bind(4, rel).run();
    });
    return result;
}

void PgArtifacts::get(Database& db, std::int64_t runId, const std::string& path, const std::string& destination)
{
    std::error_code ec;
    fs::path dest(destination);
    if (dest.has_parent_path())
        fs::create_directories(dest.parent_path(), ec);
    ArtifactCopier::writeAtomically(destination, [&](const ArtifactCopier::Sink& sink) {
        Sha256 hash;
        std::string expected;
        std::int64_t size = -1, total = 0;
        // One snapshot: a writer replacing the file meanwhile is seen whole or not at
        // all. Part by part, so a large file never sits in memory whole.
        db.read([&] {
            auto& row = db.prepare("SELECT size, sha256 FROM artifacts WHERE run_id = ? AND path = ?");
            row.bind(1, runId).bind(2, path);
            if (row.step()) {
                size = row.int64At(0);
                expected = row.textAt(1);
            }
            row.reset();
            auto& part = db.prepare("SELECT data FROM artifact_parts WHERE run_id = ? AND path = ? AND seq = ?");
            for (std::int64_t seq = 0; total < size; ++seq) {
                part.bind(1, runId).bind(2, path).bind(3, seq);
                if (!part.step())
                    break;
                auto n = static_cast<std::size_t>(part.bytesAt(0));
                sink(static_cast<const char*>(part.blobAt(0)), n);
                hash.update(part.blobAt(0), n);
                total += static_cast<std::int64_t>(n);
                part.reset();
            }
        });
        if (size < 0)
            throw StoreError(StoreError::Kind::NotFound, "the run has no artifact '" + path + "'");
        if (total != size || hash.hex() != expected)
            throw StoreError(StoreError::Kind::File, "artifact '" + path + "' in the store is damaged ("
                                                         + std::to_string(total) + " of " + std::to_string(size)
                                                         + " bytes, sha256 does not match)");
    });
}

} // namespace runlens
